// Generated from the legal-aid service's OpenAPI document by apps/console/scripts/generate-api.mjs.
// Do not edit: change the service, then run `npm run api:generate -w apps/console`.

export interface paths {
    "/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One assignment
         * @description Staff of the assignment's body only.
         */
        get: operations["AssignmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the assignment; emits assignment.accepted.v1
         * @description Staff of the assignment's body only; the decider is the signed-in person. Allowed after the acceptance deadline; the decision is then marked late.
         */
        post: operations["AssignmentsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the result of the work (completion); emits assignment.completed.v1
         * @description Staff of the assignment's body only. From accepted or in-progress.
         */
        post: operations["AssignmentsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the assignment with a coded reason; emits assignment.rejected.v1
         * @description Staff of the assignment's body only.
         */
        post: operations["AssignmentsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report that the work started, e.g. a lawyer was assigned; emits assignment.started.v1
         * @description Staff of the assignment's body only. Only from accepted. On legal-aid assignments `assignBy` shows when Legal Aid Law Art. 43 expects the lawyer assigned (informational).
         */
        post: operations["AssignmentsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offices/{agencyId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A receiving body's assignments
         * @description The body's own staff (office-staff whose token names this body), or a supervisor whose area covers the body's seat region. Pending first, soonest acceptance deadline first; the others after, latest change (decision, start, completion, withdrawal) first.
         */
        get: operations["OfficeAssignmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptAssignmentBody: {
            /** @example 受理审查，拟指派律师 */
            note?: string | null;
        };
        AgencyView: {
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /** @enum {string} */
            agencyType: "legal-aid-centre" | "mediation-committee";
            /** @example 南海区法律援助中心 */
            name: string;
            /** @example 440605 */
            regionCode: string;
        };
        AssignmentPage: {
            items: components["schemas"]["AssignmentView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        AssignmentView: {
            /**
             * Format: date-time
             * @description Accept or reject by this UTC instant
             */
            acceptanceDeadline: string;
            agency: components["schemas"]["AgencyView"];
            /**
             * Format: date-time
             * @description Legal-aid centres: assign a lawyer by this UTC instant, acceptance + 3 calendar days (Legal Aid Law Art. 43). Informational, not enforced; null otherwise
             */
            assignBy: string | null;
            /** Format: uuid */
            assignmentId: string;
            caller: components["schemas"]["CallerView"];
            completion: components["schemas"]["CompletionView"] | null;
            decision: components["schemas"]["DecisionView"] | null;
            flags: components["schemas"]["FlagsView"];
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /**
             * Format: date-time
             * @description Technical receipt by this inbox (UTC)
             */
            receivedAt: string;
            /** @example 440605011 */
            regionCode: string;
            /** Format: date-time */
            requestedAt: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            routingExplanation: components["schemas"]["RoutingExplanationView"];
            start: components["schemas"]["StartView"] | null;
            /**
             * @description pending → accepted | rejected; accepted → in-progress → completed; withdrawn when routing took it back
             * @enum {string}
             */
            status: "pending" | "accepted" | "rejected" | "in-progress" | "completed" | "withdrawn";
            summary: string;
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
            withdrawal: components["schemas"]["WithdrawalView"] | null;
        };
        CallerView: {
            accessibilityNeeds: string[];
            /** @example yue */
            language: string;
            /** @example 陈* */
            maskedName: string;
            /** @example 138****5678 */
            maskedPhone: string;
        };
        CompleteAssignmentBody: {
            /**
             * @description How far the caller's matter was resolved
             * @enum {string}
             */
            outcome: "resolved" | "partly-resolved" | "unresolved";
            /**
             * @description What was done and achieved (visible text, not only blanks or zero-width characters)
             * @example 经调解，用人单位支付拖欠工资13000元。
             */
            result: string;
        };
        CompletionView: {
            /**
             * Format: date-time
             * @description UTC ISO-8601 instant
             */
            completedAt: string;
            /**
             * @description Display name of the staff member, from their access token
             * @example 李敏
             */
            completedBy: string;
            /** @enum {string} */
            outcome: "resolved" | "partly-resolved" | "unresolved";
            result: string;
        };
        DecisionView: {
            /**
             * Format: date-time
             * @description UTC ISO-8601 instant
             */
            decidedAt: string;
            /**
             * @description Display name of the staff member who decided, from their access token
             * @example 李敏
             */
            decidedBy: string;
            /** @description Decided after the acceptance deadline (still valid; visible to supervision) */
            late: boolean;
            note: string | null;
            /** @enum {string|null} */
            reason: "not-our-jurisdiction" | "not-our-category" | "duplicate" | "conflict-of-interest" | "insufficient-information" | null;
        };
        FlagsView: {
            /** @description Migrant-worker wage claim: green channel (Legal Aid Law Art. 42(3)) */
            migrantWorkerWageClaim: boolean;
            urgent: boolean;
            /** @description Veteran (Veterans Protection Law Art. 70) */
            veteran: boolean;
        };
        RejectAssignmentBody: {
            /**
             * @description Required (with visible text) for insufficient-information (what is missing) and not-our-jurisdiction (where it belongs); optional otherwise
             * @example 纠纷发生在九江镇
             */
            note?: string | null;
            /**
             * @description Coded reason the first-contact owner acts on
             * @enum {string}
             */
            reason: "not-our-jurisdiction" | "not-our-category" | "duplicate" | "conflict-of-interest" | "insufficient-information";
        };
        RoutingCandidateView: {
            agencyId: string;
            /** @example chosen */
            outcome: string;
        };
        RoutingExplanationView: {
            candidatesConsidered: components["schemas"]["RoutingCandidateView"][];
            fallbackLevel: number;
            reason: string;
            /** @example 440605011 */
            routedOnRegionCode: string;
            /** @example legal-aid.art38.matter-location */
            rule: string;
        };
        StartAssignmentBody: {
            /** @example 已指派广东某律师事务所何律师 */
            note?: string | null;
        };
        StartView: {
            note: string | null;
            /**
             * Format: date-time
             * @description UTC ISO-8601 instant
             */
            startedAt: string;
            /**
             * @description Display name of the staff member, from their access token
             * @example 李敏
             */
            startedBy: string;
        };
        WithdrawalView: {
            /**
             * @description Overdue and re-routed, or the ticket was closed or merged
             * @enum {string}
             */
            reason: "acceptance-overdue" | "ticket-closed" | "ticket-merged";
            /**
             * Format: date-time
             * @description When routing withdrew the assignment (UTC)
             */
            withdrawnAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AssignmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id, as in assignment.requested.v1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY: the assignment belongs to another body (ids are random UUIDs, so this tells nothing the caller did not hold); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssignmentsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id, as in assignment.requested.v1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptAssignmentBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            /** @description A note over 2000 characters, or an unknown field (decidedBy included: the decider comes from the token) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY: the assignment belongs to another body (ids are random UUIDs, so this tells nothing the caller did not hold); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.ALREADY_DECIDED: accepted or rejected before; ASSIGNMENT.WITHDRAWN: routing took the assignment back */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssignmentsController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id, as in assignment.requested.v1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteAssignmentBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            /** @description A result without visible text or over 4000 characters, an unknown outcome, or an unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY: the assignment belongs to another body (ids are random UUIDs, so this tells nothing the caller did not hold); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.NOT_ACCEPTED: pending or rejected; ASSIGNMENT.ALREADY_COMPLETED; ASSIGNMENT.WITHDRAWN: routing took the assignment back */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssignmentsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id, as in assignment.requested.v1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectAssignmentBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            /** @description Unknown reason, ASSIGNMENT.NOTE_REQUIRED (no visible note) for insufficient-information and not-our-jurisdiction, or an unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY: the assignment belongs to another body (ids are random UUIDs, so this tells nothing the caller did not hold); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.ALREADY_DECIDED: accepted or rejected before; ASSIGNMENT.WITHDRAWN: routing took the assignment back */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssignmentsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Assignment id, as in assignment.requested.v1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartAssignmentBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            /** @description A note over 2000 characters, or an unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY: the assignment belongs to another body (ids are random UUIDs, so this tells nothing the caller did not hold); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ASSIGNMENT.NOT_ACCEPTED: pending or rejected; ASSIGNMENT.ALREADY_STARTED; ASSIGNMENT.ALREADY_COMPLETED; ASSIGNMENT.WITHDRAWN: routing took the assignment back */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OfficeAssignmentsController_list: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                /** @description Only assignments in this state; all when absent */
                status?: "pending" | "accepted" | "rejected" | "in-progress" | "completed" | "withdrawn";
            };
            header?: never;
            path: {
                /** @description The receiving body, as routing names it (agency.agencyId), e.g. legal-aid-centre:440605 or mediation-committee:440605011 */
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPage"];
                };
            };
            /** @description Invalid status, page or pageSize */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY (another body's staff), ACCESS.OUTSIDE_AREA (a supervisor of another area), AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.NOT_FOUND: no body of this kind has the id (not an empty inbox) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
