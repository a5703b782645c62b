// Generated from the routing service's OpenAPI document by apps/console/scripts/generate-api.mjs.
// Do not edit: change the service, then run `npm run api:generate -w apps/console`.

export interface paths {
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Receiving bodies, by the region they serve
         * @description Open to every role. Agencies with a jurisdiction in force inside regionCode (440605: the Nanhai centre and every Nanhai township committee); with includeAncestors=true also those covering it from above. Ordered by seat region code, type and id.
         */
        get: operations["AgenciesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One receiving body, with the requests, categories and duty hours it takes
         * @description Open to every role.
         */
        get: operations["AgenciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a body's availability, duty hours, languages, categories or request types (audited)
         * @description Applies to the next routing decision, without a restart. Only the fields that really change are audited. Directory administrators only (directory-admin); the audit row names the signed-in person (name and token subject), never a name from the body.
         */
        patch: operations["AgenciesController_update"];
        trace?: never;
    };
    "/v1/agencies/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The body's audit trail: every change made through the API, oldest first
         * @description Directory administrators and supervisors.
         */
        get: operations["AgenciesController_auditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a body: end every jurisdiction it still has (audited)
         * @description Directory administrators only (directory-admin); the audit row names the signed-in person (name and token subject), never a name from the body.
         */
        post: operations["AgenciesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a region the body serves from a date (audited)
         * @description A jurisdiction moved from one body to another is ended at one and added at the other. Directory administrators only (directory-admin); the audit row names the signed-in person (name and token subject), never a name from the body.
         */
        post: operations["AgenciesController_addJurisdiction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}/jurisdictions/{regionCode}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the body's jurisdiction over a region from a date (audited)
         * @description Directory administrators only (directory-admin); the audit row names the signed-in person (name and token subject), never a name from the body.
         */
        post: operations["AgenciesController_endJurisdiction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An assignment's acceptance clock: state, current deadline, pauses
         * @description A supervisor whose area covers the assignment's body, or that body's own staff.
         */
        get: operations["AcceptanceClocksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/clock/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the acceptance clock with a reason (assignment.clock-paused.v1)
         * @description While paused the deadline cannot pass; resuming moves it by the paused time. A supervisor whose area covers the seat of the assignment's body; the person recorded (pausedBy, resumedBy) is the signed-in supervisor, never a name from the body.
         */
        post: operations["AcceptanceClocksController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assignments/{id}/clock/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume the acceptance clock; the deadline moves by the paused time (assignment.clock-resumed.v1)
         * @description Takes an empty JSON object (or no body). A supervisor whose area covers the seat of the assignment's body; the person recorded (pausedBy, resumedBy) is the signed-in supervisor, never a name from the body.
         */
        post: operations["AcceptanceClocksController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Acceptance time percentiles and overdue rate per body, for the hand-offs made in a period
         * @description Supervisors see the bodies seated in their area (or in a region inside it); directory administrators every body. Counted in the database over the hand-offs (assignments) requested between from and to, Asia/Shanghai days included (the last 30 days by default, at most 366).
         */
        get: operations["DashboardController_acceptanceFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directory/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every directory change since an instant, oldest first
         * @description Directory administrators and supervisors. A pull feed: pass the `at` of the last entry seen as `since` (inclusive) and skip the ids already seen.
         */
        get: operations["DirectoryAuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The supervisor's list of hand-offs by acceptance clock (督办): overdue by default
         * @description Supervisors; each sees the hand-offs to bodies whose seat lies in their area. state=overdue: assignments whose acceptance deadline passed, newest first, with the action taken (re-route or alert-only); paused: clocks paused now; running: clocks counting down, soonest deadline first.
         */
        get: operations["EscalationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/misroute-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "Not ours" rejections counted per legal category, county and body, most counted first
         * @description Supervisors and directory administrators (who correct the routing table). Rejections with not-our-jurisdiction or not-our-category: each row is a routing-table entry to look at, with the first and latest sighting and the latest note.
         */
        get: operations["MisrouteReportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provinces of the region catalog (ROUTING_PROVINCES), for a cascading picker
         * @description Open to every role. Divisions of the NBS statistical division codes routing decides with, by code.
         */
        get: operations["RegionsController_provinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A division with its ancestors, province first ("广东省 / 佛山市 / 南海区" for 桂城街道)
         * @description Open to every role. A retired code (高要市 441283) is answered with the division now covering its area in retiredInto.
         */
        get: operations["RegionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The divisions one level below a division, by code
         * @description Open to every role. A province: its prefecture-level cities and the county-level divisions it governs directly (东莞市 441900 and 中山市 442000, cities without counties, at county level); a city: its counties; a county: its townships; a township: its villages; a village: none. A statistical grouping (市辖区 of a municipality, 省直辖县级行政区划) governs nothing: its counties are the province's.
         */
        get: operations["RegionsController_children"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticketId}/routing-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket's routing decisions with their explanations
         * @description Oldest first, newest last. Empty while the ticket has not been routed. Hotline agents (owner leads too), supervisors and directory administrators: a decision holds no personal data (region codes, body ids and names, the rule and its reason, deadlines), never the caller's name, phone or ID number.
         */
        get: operations["RoutingDecisionsController_list"];
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
        AcceptanceClockView: {
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /** Format: uuid */
            assignmentId: string;
            /**
             * Format: date-time
             * @description The current deadline: the first one moved by every pause
             */
            dueAt: string;
            /** Format: date-time */
            firedAt: string | null;
            /** @enum {string|null} */
            overdueAction: "re-route" | "alert-only" | null;
            /** Format: date-time */
            pausedAt: string | null;
            /** @description Display name of the supervisor who paused it (from their token), while paused */
            pausedBy: string | null;
            /** @description Milliseconds paused so far */
            pausedMs: number;
            pauseReason: string | null;
            /** @description Display name of the supervisor who last resumed it (from their token) */
            resumedBy: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            state: "running" | "paused" | "overdue" | "stopped";
            /** Format: date-time */
            stoppedAt: string | null;
            /** @enum {string|null} */
            stopReason: "accepted" | "rejected" | "withdrawn" | null;
            /** Format: uuid */
            ticketId: string;
        };
        AcceptanceFiguresRow: {
            /** @description Of those, accepted by the body */
            accepted: number;
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /** @example 南海区法律援助中心 */
            agencyName: string;
            /** @enum {string} */
            agencyType: "legal-aid-centre" | "mediation-committee";
            /** @description Hand-offs to the body requested in the period (accepted + rejected + pending + withdrawn) */
            handedOff: number;
            /** @description Hand-offs whose acceptance deadline (moved by clock pauses) passed before a decision: the clock fired (escalated), or the decision came after the deadline before it fired. Overlaps the counts above. */
            overdue: number;
            /**
             * @description overdue / handedOff, from 0 to 1, four decimals
             * @example 0.125
             */
            overdueRate: number;
            /**
             * @description Median of the acceptance time in minutes (one decimal): elapsed wall-clock time from the hand-off (assignment requested) to the body accepting or rejecting it, as the body reported it; clock pauses are not subtracted and the business calendar is not applied. Over the decided hand-offs only; null when none was decided.
             * @example 42.5
             */
            p50Minutes: number | null;
            /**
             * @description 90th percentile of the acceptance time in minutes (one decimal): elapsed wall-clock time from the hand-off (assignment requested) to the body accepting or rejecting it, as the body reported it; clock pauses are not subtracted and the business calendar is not applied. Over the decided hand-offs only; null when none was decided.
             * @example 180
             */
            p90Minutes: number | null;
            /**
             * @description 95th percentile of the acceptance time in minutes (one decimal): elapsed wall-clock time from the hand-off (assignment requested) to the body accepting or rejecting it, as the body reported it; clock pauses are not subtracted and the business calendar is not applied. Over the decided hand-offs only; null when none was decided.
             * @example 310.2
             */
            p95Minutes: number | null;
            /** @description Of those, still awaiting the body's decision now */
            pending: number;
            /**
             * @description Division where the body sits
             * @example 440605
             */
            regionCode: string;
            /** @description Of those, rejected by the body (with a coded reason) */
            rejected: number;
            /** @description Of those, taken back by routing before a decision: overdue and re-routed, or the ticket was closed or merged */
            withdrawn: number;
        };
        AcceptanceFiguresView: {
            /**
             * Format: date
             * @description First Asia/Shanghai day of the period, included
             * @example 2026-11-01
             */
            from: string;
            /**
             * @description The region the rows are limited to (the supervisor's area when none was asked for); null: every body
             * @example 440600
             */
            regionCode: string | null;
            /** @description One row per body handed anything in the period (hand-offs requested then), by seat region code, type and id */
            rows: components["schemas"]["AcceptanceFiguresRow"][];
            /**
             * Format: date
             * @description Last Asia/Shanghai day of the period, included
             * @example 2026-11-30
             */
            to: string;
        };
        AddJurisdictionDto: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            effectiveFrom: string;
            /**
             * @description Why, in visible words; kept in the audit trail
             * @example 中心搬迁，暂停接收工单
             */
            reason: string;
            /** @example 440606 */
            regionCode: string;
        };
        AgencyAuditTrail: {
            agencyId: string;
            items: components["schemas"]["AuditEntryView"][];
        };
        AgencyDetailView: {
            /** @enum {string} */
            availability: "normal" | "unstaffed" | "overloaded";
            /**
             * @description Duty spans per ISO weekday (1 = Monday), HH:MM in Asia/Shanghai local time, `to` exclusive
             * @example {
             *       "1": [
             *         {
             *           "from": "08:30",
             *           "to": "17:30"
             *         }
             *       ]
             *     }
             */
            dutyHours: {
                [key: string]: unknown;
            };
            /** @example legal-aid-centre:440605 */
            id: string;
            jurisdictions: components["schemas"]["JurisdictionView"][];
            /**
             * @example [
             *       "zh-CN",
             *       "yue"
             *     ]
             */
            languages: string[];
            /** @description Legal categories handled; empty means all */
            legalCategories: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            /** @enum {string} */
            level: "province" | "city" | "county" | "township";
            /** @example 南海区法律援助中心 */
            name: string;
            /**
             * @description Division where the body sits
             * @example 440605
             */
            regionCode: string;
            requestTypes: ("consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion")[];
            /** @enum {string} */
            type: "legal-aid-centre" | "mediation-committee";
        };
        AgencyPage: {
            items: components["schemas"]["AgencyView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        AgencyView: {
            /** @enum {string} */
            availability: "normal" | "unstaffed" | "overloaded";
            /** @example legal-aid-centre:440605 */
            id: string;
            jurisdictions: components["schemas"]["JurisdictionView"][];
            /**
             * @example [
             *       "zh-CN",
             *       "yue"
             *     ]
             */
            languages: string[];
            /** @enum {string} */
            level: "province" | "city" | "county" | "township";
            /** @example 南海区法律援助中心 */
            name: string;
            /**
             * @description Division where the body sits
             * @example 440605
             */
            regionCode: string;
            /** @enum {string} */
            type: "legal-aid-centre" | "mediation-committee";
        };
        AuditEntryView: {
            /**
             * @example {
             *       "availability": "unstaffed"
             *     }
             */
            after: {
                [key: string]: unknown;
            };
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /** Format: date-time */
            at: string;
            /**
             * @example {
             *       "availability": "normal"
             *     }
             */
            before: {
                [key: string]: unknown;
            };
            /**
             * @description Display name of who made the change, from their access token
             * @example 郑红
             */
            changedBy: string;
            /** @description Subject of the person's access token; null on entries older than sign-in */
            changedById: string | null;
            /** @enum {string} */
            changeKind: "agency-updated" | "agency-closed" | "jurisdiction-added" | "jurisdiction-ended";
            /** @example 42 */
            id: string;
            reason: string;
        };
        ChangeAgencyDto: {
            /** @enum {string} */
            availability?: "normal" | "unstaffed" | "overloaded";
            /**
             * @description Duty spans per ISO weekday ("1" = Monday), HH:MM Asia/Shanghai, `to` exclusive; replaces the whole week
             * @example {
             *       "1": [
             *         {
             *           "from": "08:30",
             *           "to": "17:30"
             *         }
             *       ],
             *       "6": [
             *         {
             *           "from": "09:00",
             *           "to": "12:00"
             *         }
             *       ]
             *     }
             */
            dutyHours?: {
                [key: string]: unknown;
            };
            /**
             * @example [
             *       "zh-CN",
             *       "yue"
             *     ]
             */
            languages?: string[];
            /** @description Legal categories handled; empty means all */
            legalCategories?: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            /**
             * @description Why, in visible words; kept in the audit trail
             * @example 中心搬迁，暂停接收工单
             */
            reason: string;
            requestTypes?: ("consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion")[];
        };
        CloseAgencyDto: {
            /**
             * Format: date
             * @description First day without any jurisdiction (Asia/Shanghai); today when absent
             * @example 2026-12-01
             */
            effectiveAt?: string;
            /**
             * @description Why, in visible words; kept in the audit trail
             * @example 中心搬迁，暂停接收工单
             */
            reason: string;
        };
        DecisionAcceptanceView: {
            /**
             * Format: date-time
             * @description The deadline as first set (UTC); pausing the clock moves it
             */
            dueAt: string;
            /**
             * @description ISO 8601 duration; WD counts working days on the business calendar
             * @example P1WD
             */
            duration: string;
            /** @enum {string} */
            priority: "urgent" | "green-channel" | "normal";
            /**
             * @description Entry of ACCEPTANCE_DEADLINES that applied
             * @example acceptance.normal
             */
            rule: string;
        };
        DirectoryAuditFeed: {
            items: components["schemas"]["AuditEntryView"][];
        };
        EndJurisdictionDto: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            effectiveTo: string;
            /**
             * @description Why, in visible words; kept in the audit trail
             * @example 中心搬迁，暂停接收工单
             */
            reason: string;
        };
        EscalationPage: {
            items: components["schemas"]["EscalationView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        EscalationView: {
            /** Format: date-time */
            acceptanceDeadline: string;
            /** @enum {string|null} */
            actionTaken: "re-route" | "alert-only" | null;
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /** @example 南海区法律援助中心 */
            agencyName: string;
            /** Format: uuid */
            assignmentId: string;
            /** @enum {string} */
            assignmentStatus: "requested" | "accepted" | "rejected" | "withdrawn";
            /** Format: date-time */
            overdueAt: string | null;
            /** Format: date-time */
            pausedAt: string | null;
            pauseReason: string | null;
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string | null;
        };
        JurisdictionView: {
            /**
             * Format: date
             * @description First day it applies (Asia/Shanghai calendar day)
             * @example 2023-06-30
             */
            effectiveFrom: string;
            /**
             * Format: date
             * @description First day it no longer applies; null while in force
             */
            effectiveTo: string | null;
            /** @example 440605 */
            regionCode: string;
        };
        MisrouteReportPage: {
            /** @description Most counted first */
            items: components["schemas"]["MisrouteReportView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        MisrouteReportView: {
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            count: number;
            /** Format: date-time */
            firstSeenAt: string;
            /** @example 用人单位在顺德区 */
            lastNote: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: uuid */
            lastTicketId: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /** @enum {string} */
            reason: "not-our-jurisdiction" | "not-our-category";
            /**
             * @description County-level region (first 6 digits of the routed-on region)
             * @example 440605
             */
            regionCode: string;
        };
        PauseClockDto: {
            /**
             * @description Why the clock stops, in visible words
             * @example 等待申请人补充身份证明材料
             */
            reason: string;
        };
        RegionDetailView: {
            /** @example 440600 */
            code: string;
            /** @description Whether GET /api/v1/regions/{code}/children lists anything (false for a village) */
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "village";
            /** @example 佛山市 */
            name: string;
            /**
             * @description The governing division one level up; null for a province. Statistical groupings (市辖区) are never parents.
             * @example 440600
             */
            parentCode: string | null;
            /** @description The ancestors, province first, without the division itself (empty for a province): 广东省 / 佛山市 / 南海区 for 桂城街道 */
            path: components["schemas"]["RegionStepView"][];
            /** @description For a retired code (高要市 441283): the division now covering its area, whose ancestors `path` gives; null for a current code */
            retiredInto: components["schemas"]["RegionStepView"] | null;
        };
        RegionItemView: {
            /** @example 440600 */
            code: string;
            /** @description Whether GET /api/v1/regions/{code}/children lists anything (false for a village) */
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "village";
            /** @example 佛山市 */
            name: string;
        };
        RegionListView: {
            /** @description By code */
            items: components["schemas"]["RegionItemView"][];
        };
        RegionStepView: {
            /** @example 440600 */
            code: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "village";
            /** @example 佛山市 */
            name: string;
        };
        ResumeClockDto: Record<string, never>;
        RoutingCandidateView: {
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /**
             * @description chosen, or why the body was passed over (off-duty, unstaffed, rejected-before, ...)
             * @example chosen
             */
            outcome: string;
        };
        RoutingDecisionView: {
            acceptance: components["schemas"]["DecisionAcceptanceView"] | null;
            /** @example legal-aid-centre:440605 */
            agencyId: string | null;
            /** Format: uuid */
            assignmentId: string | null;
            /**
             * Format: date-time
             * @description UTC ISO-8601 instant
             */
            decidedAt: string;
            explanation: components["schemas"]["RoutingExplanationView"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            outcome: "assigned" | "no-destination" | "returned-to-owner";
            /** Format: uuid */
            ticketId: string;
        };
        RoutingExplanationView: {
            candidatesConsidered: components["schemas"]["RoutingCandidateView"][];
            /** @description 0 when the most specific level matched; +1 per level walked upward */
            fallbackLevel: number;
            /** @example Legal Aid Law Art. 38: the matter arose in 440605011 (桂城街道); 南海区法律援助中心 (440605) covers it */
            reason: string;
            /** @example 440605011 */
            routedOnRegionCode: string;
            /** @example legal-aid.art38.matter-location */
            rule: string;
        };
        TicketRoutingDecisions: {
            /** @description Oldest first, newest last; empty while the ticket has not been routed */
            items: components["schemas"]["RoutingDecisionView"][];
            /** Format: uuid */
            ticketId: string;
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
    AgenciesController_list: {
        parameters: {
            query?: {
                /** @description Also list the agencies that cover regionCode from above (township, county, city, province) */
                includeAncestors?: unknown;
                page?: unknown;
                pageSize?: unknown;
                /** @description Division code (6, 9 or 12 digits): agencies whose jurisdiction lies inside this region */
                regionCode?: string;
                /** @description Only agencies of this type */
                type?: "legal-aid-centre" | "mediation-committee";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            /** @description Malformed regionCode, includeAncestors, type, page or pageSize */
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
        };
    };
    AgenciesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id: type and seat region code */
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
                    "application/json": components["schemas"]["AgencyDetailView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id: type and seat region code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAgencyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDetailView"];
                };
            };
            /** @description Malformed field, a reason without visible text, or an unknown field (changedBy included), AGENCY.NOTHING_TO_CHANGE or AGENCY.INVALID_DUTY_HOURS */
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
            /** @description AUTH.ROLE_MISSING: only a directory administrator changes the directory */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_auditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id: type and seat region code */
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
                    "application/json": components["schemas"]["AgencyAuditTrail"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id: type and seat region code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseAgencyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDetailView"];
                };
            };
            /** @description Malformed field, a reason without visible text, or an unknown field (changedBy included) */
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
            /** @description AUTH.ROLE_MISSING: only a directory administrator changes the directory */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.ALREADY_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_addJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id: type and seat region code */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddJurisdictionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDetailView"];
                };
            };
            /** @description Malformed field, a reason without visible text, or an unknown field (changedBy included) */
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
            /** @description AUTH.ROLE_MISSING: only a directory administrator changes the directory */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description JURISDICTION.OVERLAPS: the body already serves the region then */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION.UNKNOWN */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_endJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id: type and seat region code */
                id: string;
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndJurisdictionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDetailView"];
                };
            };
            /** @description Malformed field, a reason without visible text, or an unknown field (changedBy included) */
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
            /** @description AUTH.ROLE_MISSING: only a directory administrator changes the directory */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AGENCY.NOT_FOUND, JURISDICTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description JURISDICTION.ENDS_BEFORE_START */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AcceptanceClocksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["AcceptanceClockView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OUTSIDE_AREA (a supervisor of another area), ACCESS.OTHER_BODY (staff of another body), AUTH.ROLE_MISSING */
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
    AcceptanceClocksController_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseClockDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceClockView"];
                };
            };
            /** @description Missing reason, a reason without visible text or over 500 characters, or an unknown field (pausedBy included) */
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
            /** @description ACCESS.OUTSIDE_AREA: the body lies outside your area; AUTH.ROLE_MISSING */
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
            /** @description CLOCK.ALREADY_PAUSED, CLOCK.ALREADY_FIRED (overdue) or CLOCK.STOPPED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AcceptanceClocksController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumeClockDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceClockView"];
                };
            };
            /** @description An unknown field (resumedBy included) */
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
            /** @description ACCESS.OUTSIDE_AREA: the body lies outside your area; AUTH.ROLE_MISSING */
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
            /** @description CLOCK.NOT_PAUSED (running), CLOCK.ALREADY_FIRED or CLOCK.STOPPED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardController_acceptanceFigures: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD (Asia/Shanghai), included; by default 29 days before `to`. At most 366 days up to `to`. */
                from?: string;
                /** @description Only bodies seated in this region: province (44 or 440000), city (4406 or 440600), county (440605) or township (440605011). Supervisors: their area by default; a region outside it is refused. */
                regionCode?: string;
                /** @description Last day, YYYY-MM-DD (Asia/Shanghai), included; today by default. Not before `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceFiguresView"];
                };
            };
            /** @description Malformed from, to or regionCode; PERIOD.ENDS_BEFORE_START naming to, or PERIOD.TOO_LONG (more than 366 days) naming from */
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
            /** @description ACCESS.OUTSIDE_AREA: regionCode lies outside (or reaches beyond) your area; ACCESS.NO_AREA: the account names no supervised area; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DirectoryAuditController_list: {
        parameters: {
            query?: {
                limit?: unknown;
                /** @description Changes at or after this instant, an ISO 8601 date-time with an offset (Z or +08:00); oldest first */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryAuditFeed"];
                };
            };
            /** @description Malformed since or limit */
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
        };
    };
    EscalationsController_list: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                state?: "overdue" | "paused" | "running";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPage"];
                };
            };
            /** @description Malformed state, page or pageSize */
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
            /** @description ACCESS.NO_AREA: the account names no supervised area; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MisrouteReportsController_list: {
        parameters: {
            query?: {
                /** @description Only this legal category */
                legalCategory?: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
                page?: unknown;
                pageSize?: unknown;
                reason?: "not-our-jurisdiction" | "not-our-category";
                /** @description 6-digit code: a county (440605), or every county of a city (440600) or province (440000) */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MisrouteReportPage"];
                };
            };
            /** @description Malformed legalCategory, regionCode, reason, page or pageSize */
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
        };
    };
    RegionsController_provinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionListView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Division code: 6 digits (province 440000, city 440600, county 440605), 9 (township 440605011) or 12 (village) */
                code: string;
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
                    "application/json": components["schemas"]["RegionDetailView"];
                };
            };
            /** @description code is not 6, 9 or 12 digits */
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
            /** @description REGION.NOT_FOUND: no such division in the loaded provinces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegionsController_children: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Division code: 6 digits (province 440000, city 440600, county 440605), 9 (township 440605011) or 12 (village) */
                code: string;
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
                    "application/json": components["schemas"]["RegionListView"];
                };
            };
            /** @description code is not 6, 9 or 12 digits */
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
            /** @description REGION.NOT_FOUND: no such division in the loaded provinces; REGION.RETIRED: a retired code, the message names the division now covering its area */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RoutingDecisionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id, as in ticket.opened.v1 */
                ticketId: string;
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
                    "application/json": components["schemas"]["TicketRoutingDecisions"];
                };
            };
            /** @description ticketId is not a UUID */
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
        };
    };
}
