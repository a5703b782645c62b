// Generated from the hotline-exchange service's OpenAPI document by apps/console/scripts/generate-api.mjs.
// Do not edit: change the service, then run `npm run api:generate -w apps/console`.

export interface paths {
    "/v1/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery state per transfer and per partner, optionally of one partner or in one state
         * @description Exchange administrators see every transfer; supervisors those of tickets whose region lies in their area, with each partner's counts over those transfers (the partner endpoint's last success, last failure and consecutive failures are over all its transfers). The latest failures: state=failing (transfers whose attempts failed so far and are retried with back-off, each with its last error and attempts), newest request first. Never the payload (the caller's contact) nor a signing secret.
         */
        get: operations["DeliveriesController_listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners with their delivery endpoint (never a secret) and delivery state */
        get: operations["PartnerAdminController_listPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/partners/{code}/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Register or replace a partner's delivery endpoint; its first signing secret is generated with it */
        put: operations["PartnerAdminController_registerEndpoint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/partners/{code}/endpoint/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's delivery signing secrets, never the secrets themselves */
        get: operations["PartnerAdminController_listDeliverySecrets"];
        put?: never;
        /** Add a secret deliveries are signed with (at most two active: each delivery carries a signature per active secret) */
        post: operations["PartnerAdminController_addDeliverySecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/partners/{code}/endpoint/secrets/{secretId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop signing deliveries with a secret, from the next attempt on */
        post: operations["PartnerAdminController_revokeDeliverySecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/partners/{code}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's keys, never their secrets */
        get: operations["PartnerKeysController_list"];
        put?: never;
        /** Issue a signing key to a partner; the secret is in this answer only */
        post: operations["PartnerKeysController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/partners/{code}/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key at once; revoking it again changes nothing */
        post: operations["PartnerKeysController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pull feed: your cases whose status changed at or after `updatedSince` */
        get: operations["PartnerTicketController_listUpdatedSince"];
        put?: never;
        /** Forward a case to the 12348 platform (once per Idempotency-Key, and once per partnerReference) */
        post: operations["PartnerTicketController_forwardCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a case you forwarded */
        get: operations["PartnerTicketController_getCase"];
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
        ActorDto: {
            /** @example 陈静 */
            agent: string | null;
            agentId: string;
            /** @example 广东省司法厅 */
            organisation: string;
            /** @example justice-gd */
            organisationId: string;
        };
        AddDeliverySecretDto: {
            /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0= */
            secret?: string;
        };
        AddedDeliverySecretDto: {
            createdAt: string;
            /** @enum {string} */
            partnerCode: "12345" | "110" | "12355" | "12368";
            /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0= */
            secret?: string;
            /** @example c2VjcmV0LWlk */
            secretId: string;
        };
        CallerDto: {
            /** @example [] */
            accessibilityNeeds?: string[];
            /** @example null */
            idNumber?: Record<string, never> | null;
            /** @example yue */
            language: string;
            /** @example 陈大明 */
            name: string;
            /** @example +86 138-1234-5678 */
            phone: string;
        };
        CurrentHandlerDto: {
            /** @enum {string} */
            agencyType: "legal-aid-centre" | "mediation-committee";
            /** @example 南海区法律援助中心 */
            name: string;
        };
        DeliveriesDto: {
            items: components["schemas"]["TransferDeliveryDto"][];
            partners: components["schemas"]["DeliverySummaryDto"][];
            /**
             * @description The area the transfers and counts are limited to (a supervisor's: tickets whose region lies in it); null: every transfer
             * @example 440600
             */
            regionCode: string | null;
        };
        DeliverySecretDto: {
            createdAt: string;
            createdBy: components["schemas"]["ActorDto"] | null;
            /** @enum {string} */
            partnerCode: "12345" | "110" | "12355" | "12368";
            revokedAt: string | null;
            revokedBy: components["schemas"]["ActorDto"] | null;
            secretId: string;
            /** @enum {string} */
            status: "active" | "revoked";
        };
        DeliverySecretListDto: {
            items: components["schemas"]["DeliverySecretDto"][];
        };
        DeliverySummaryDto: {
            /** @description Failed attempts since the last successful one, over all the partner's transfers; 0 when delivery works */
            consecutiveFailures: number;
            /** @description Transfers delivered (a supervisor: of the area's tickets) */
            delivered: number;
            /** @description Transfers whose attempts failed so far, retried with back-off (a supervisor: of the area's tickets) */
            failing: number;
            /** @description Error of that last failed attempt */
            lastError: string | null;
            /** @description The partner endpoint's last failed attempt (any transfer), UTC ISO-8601 */
            lastFailureAt: string | null;
            /** @description The partner endpoint's last successful attempt (any transfer), UTC ISO-8601 */
            lastSuccessAt: string | null;
            /** @enum {string} */
            partner: "12345" | "110" | "12355" | "12368";
            /** @example 110报警服务台 */
            partnerName: string;
            /** @description Transfers not attempted yet (a supervisor: of the area's tickets) */
            pending: number;
        };
        EndpointDto: {
            registeredAt: string;
            updatedAt: string;
            url: string;
        };
        ForwardPartnerCaseDto: {
            caller: components["schemas"]["CallerDto"];
            /**
             * @description Must be true: the caller consented to the transfer (PIPL Art. 23).
             * @example true
             */
            callerConsentToTransfer: boolean;
            flags: components["schemas"]["TicketFlagsDto"];
            /**
             * @example labour-remuneration
             * @enum {string}
             */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            matterLocation: components["schemas"]["MatterLocationDto"];
            /** @example 110-FS-20261123-0099 */
            partnerReference: string;
            /** @example 440605011 */
            regionCode: string;
            /**
             * @example legal-aid-application
             * @enum {string}
             */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            /** @example 报警人称被拖欠工资，非警务警情，转12348。 */
            summary: string;
        };
        GeneratedSecretDto: {
            /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0= */
            secret: string;
            /** @example c2VjcmV0LWlk */
            secretId: string;
        };
        HandlingOrganDto: {
            /** @example 佛山市南海区人民法院 */
            name: string;
            /** @example 440605 */
            regionCode: string;
            /**
             * @example court
             * @enum {string}
             */
            type: "court" | "procuratorate" | "police" | "arbitration-commission" | "administrative-organ";
        };
        IssuedPartnerKeyDto: {
            /** @example 2026-11-24T02:00:00.000Z */
            createdAt: string;
            /** @example Qm9yZGVyLTEx */
            keyId: string;
            /** @enum {string} */
            partnerCode: "12345" | "110" | "12355" | "12368";
            /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwc2VjcmV0LWV4YW0= */
            secret: string;
        };
        MatterLocationDto: {
            /** @example 440605011 */
            arosenInRegionCode?: string;
            handlingOrgan?: components["schemas"]["HandlingOrganDto"];
        };
        PartnerAdminDto: {
            /** @enum {string} */
            code: "12345" | "110" | "12355" | "12368";
            delivery: components["schemas"]["DeliverySummaryDto"];
            endpoint: components["schemas"]["EndpointDto"] | null;
            /** @example 110报警服务台 */
            name: string;
            /** @enum {string} */
            status: "active" | "suspended";
        };
        PartnerAdminListDto: {
            items: components["schemas"]["PartnerAdminDto"][];
        };
        PartnerKeyDto: {
            createdAt: string;
            createdBy: components["schemas"]["ActorDto"] | null;
            /** @example Qm9yZGVyLTEx */
            keyId: string;
            lastUsedAt: string | null;
            /** @enum {string} */
            partnerCode: "12345" | "110" | "12355" | "12368";
            revokedAt: string | null;
            revokedBy: components["schemas"]["ActorDto"] | null;
            /** @enum {string} */
            status: "active" | "revoked";
        };
        PartnerKeyListDto: {
            items: components["schemas"]["PartnerKeyDto"][];
        };
        PartnerTicketDto: {
            /** @enum {string} */
            coarseStatus: "open" | "closed";
            currentHandler: components["schemas"]["CurrentHandlerDto"] | null;
            partnerReference: string;
            receivedAt: string;
            /** @enum {string} */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string | null;
            updatedAt: string;
            updates: components["schemas"]["PartnerTicketUpdateDto"][];
        };
        PartnerTicketFeedDto: {
            items: components["schemas"]["PartnerTicketDto"][];
            /** @example 2026-11-23T02:20:00.000Z */
            nextUpdatedSince: string;
        };
        PartnerTicketUpdateDto: {
            /** @example 2026-11-23T02:15:01.000Z */
            at: string;
            /** @example Sent to 南海区法律援助中心 for acceptance */
            note: string;
            /** @enum {string} */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        ReceiptAnswerDto: {
            /** @enum {string} */
            coarseStatus: "open";
            /** @example 110-FS-20261123-0099 */
            partnerReference: string;
            /** @example 2026-11-23T02:10:00.000Z */
            receivedAt: string;
            /** @enum {string} */
            status: "received";
            /** Format: uuid */
            ticketId: string;
        };
        RegisteredEndpointDto: {
            /** @enum {string} */
            partnerCode: "12345" | "110" | "12355" | "12368";
            /** @example 2026-11-24T02:00:00.000Z */
            registeredAt: string;
            signingSecret?: components["schemas"]["GeneratedSecretDto"];
            /** @example 2026-11-24T02:00:00.000Z */
            updatedAt: string;
            url: string;
        };
        RegisterEndpointDto: {
            /** @example https://110.example.gov.cn/api/12348/transfers */
            url: string;
        };
        RevokedDeliverySecretDto: {
            newlyRevoked: boolean;
            /** @enum {string} */
            partnerCode: "12345" | "110" | "12355" | "12368";
            revokedAt: string;
            secretId: string;
        };
        RevokedPartnerKeyDto: {
            keyId: string;
            newlyRevoked: boolean;
            /** @enum {string} */
            partnerCode: "12345" | "110" | "12355" | "12368";
            revokedAt: string;
        };
        TicketFlagsDto: {
            /** @example true */
            migrantWorkerWageClaim: boolean;
            /** @example false */
            urgent: boolean;
            /** @example false */
            veteran: boolean;
        };
        TransferDeliveryDto: {
            attempts: number;
            deliveredAt: string | null;
            lastAttemptAt: string | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            /** @enum {string} */
            partner: "12345" | "110" | "12355" | "12368";
            partnerReference: string | null;
            /** @enum {string} */
            reason: "danger" | "not-ours";
            requestedAt: string;
            /** @enum {string} */
            state: "pending" | "failing" | "delivered";
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
            /** Format: uuid */
            transferId: string;
            urgent: boolean;
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
    DeliveriesController_listDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                partner?: "12345" | "110" | "12355" | "12368";
                state?: "pending" | "failing" | "delivered";
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
                    "application/json": components["schemas"]["DeliveriesDto"];
                };
            };
            /** @description Malformed partner, state or limit, or an unknown parameter; `errors[].field` names it */
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
            /** @description AUTH.ROLE_MISSING: neither exchange-admin nor supervisor; ACCESS.NO_AREA: a supervisor account naming no area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerAdminController_listPartners: {
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
                    "application/json": components["schemas"]["PartnerAdminListDto"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerAdminController_registerEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "12345" | "110" | "12355" | "12368";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterEndpointDto"];
            };
        };
        responses: {
            /** @description Registered. When the partner had no active signing secret, one was generated and is in this answer only. Transfers waiting for a retry become due at once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredEndpointDto"];
                };
            };
            /** @description Unknown partner code or an invalid url; `errors[].field` names it */
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
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerAdminController_listDeliverySecrets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "12345" | "110" | "12355" | "12368";
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
                    "application/json": components["schemas"]["DeliverySecretListDto"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerAdminController_addDeliverySecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "12345" | "110" | "12355" | "12368";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDeliverySecretDto"];
            };
        };
        responses: {
            /** @description Added; a generated secret is in this answer only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedDeliverySecretDto"];
                };
            };
            /** @description Unknown partner code or a secret not of the form whsec_<base64> */
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
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DELIVERY_SECRET.TOO_MANY_ACTIVE: two are active; revoke the one the partner no longer verifies with first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerAdminController_revokeDeliverySecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "12345" | "110" | "12355" | "12368";
                secretId: string;
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
                    "application/json": components["schemas"]["RevokedDeliverySecretDto"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DELIVERY_SECRET.NOT_FOUND: no such secret of this partner */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "12345" | "110" | "12355" | "12368";
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
                    "application/json": components["schemas"]["PartnerKeyListDto"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerKeysController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "12345" | "110" | "12355" | "12368";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedPartnerKeyDto"];
                };
            };
            /** @description Not a partner code; `errors[].field` names it */
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
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_KEY.TOO_MANY_ACTIVE: the partner holds two active keys; revoke one first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "12345" | "110" | "12355" | "12368";
                keyId: string;
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
                    "application/json": components["schemas"]["RevokedPartnerKeyDto"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.ROLE_MISSING: the token lacks the exchange-admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_KEY.NOT_FOUND: no such key of this partner */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerTicketController_listUpdatedSince: {
        parameters: {
            query: {
                limit?: number;
                updatedSince: string;
            };
            header: {
                /** @description A new id for every request (1-100 of A-Z a-z 0-9 _ - :); a used one is refused */
                "webhook-id": string;
                /** @description v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}"> with the key secret; several separated by spaces */
                "webhook-signature": string;
                /** @description Unix seconds when signed; within the tolerance (default 300 s) of the server clock */
                "webhook-timestamp": string;
                /** @description Id of the partner key that signed the request */
                "X-Partner-Key-Id": string;
            };
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
                    "application/json": components["schemas"]["PartnerTicketFeedDto"];
                };
            };
            /** @description PARTNER_AUTH.MISSING_HEADER, PARTNER_AUTH.MALFORMED_HEADER, PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW, PARTNER_AUTH.INVALID_SIGNATURE or PARTNER_AUTH.KEY_REVOKED; `errors[].field` names the header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.PARTNER_SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.REPLAYED: this webhook-id was already used; sign the request again with a new one */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.TOO_MANY_FAILURES: too many failed authentications of this key id; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerTicketController_forwardCase: {
        parameters: {
            query?: never;
            header: {
                /** @description The partner's id for this request (1-100 visible ASCII characters). A repeat with the same body returns the first answer; with another body, 422 IDEMPOTENCY.KEY_REUSED. */
                "Idempotency-Key": string;
                /** @description A new id for every request (1-100 of A-Z a-z 0-9 _ - :); a used one is refused */
                "webhook-id": string;
                /** @description v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}"> with the key secret; several separated by spaces */
                "webhook-signature": string;
                /** @description Unix seconds when signed; within the tolerance (default 300 s) of the server clock */
                "webhook-timestamp": string;
                /** @description Id of the partner key that signed the request */
                "X-Partner-Key-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardPartnerCaseDto"];
            };
        };
        responses: {
            /** @description Received; a repeat returns the same answer with `Idempotent-Replayed: true` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptAnswerDto"];
                };
            };
            /** @description Invalid field or missing Idempotency-Key; `errors[].field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.MISSING_HEADER, PARTNER_AUTH.MALFORMED_HEADER, PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW, PARTNER_AUTH.INVALID_SIGNATURE or PARTNER_AUTH.KEY_REVOKED; `errors[].field` names the header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.PARTNER_SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_CASE.REFERENCE_REUSED: another case was already forwarded under this partnerReference (or PARTNER_AUTH.REPLAYED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description CONSENT.REQUIRED, REGION.UNKNOWN or IDEMPOTENCY.KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.TOO_MANY_FAILURES: too many failed authentications of this key id; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerTicketController_getCase: {
        parameters: {
            query?: never;
            header: {
                /** @description A new id for every request (1-100 of A-Z a-z 0-9 _ - :); a used one is refused */
                "webhook-id": string;
                /** @description v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}"> with the key secret; several separated by spaces */
                "webhook-signature": string;
                /** @description Unix seconds when signed; within the tolerance (default 300 s) of the server clock */
                "webhook-timestamp": string;
                /** @description Id of the partner key that signed the request */
                "X-Partner-Key-Id": string;
            };
            path: {
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
                    "application/json": components["schemas"]["PartnerTicketDto"];
                };
            };
            /** @description PARTNER_AUTH.MISSING_HEADER, PARTNER_AUTH.MALFORMED_HEADER, PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW, PARTNER_AUTH.INVALID_SIGNATURE or PARTNER_AUTH.KEY_REVOKED; `errors[].field` names the header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.PARTNER_SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_CASE.NOT_FOUND: no such case among yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.REPLAYED: this webhook-id was already used; sign the request again with a new one */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_AUTH.TOO_MANY_FAILURES: too many failed authentications of this key id; wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
