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
         * Delivery state per transfer and per partner, with each transfer's receipt by the partner and acceptance deadline, optionally of one partner or in one state
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
        /**
         * Pull feed: every status change of your cases after a cursor, in order
         * @description The same changes that are pushed to your registered endpoint (type case.status-changed), in the order they were recorded: start without after, then pass nextCursor each time. A change that commits while you read comes after nextCursor, so reading on never skips a change nor lists one twice. The cursor is opaque. Polling partners without an endpoint get every change here.
         */
        get: operations["PartnerTicketController_listChanges"];
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
    "/v1/partner/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your transfers, oldest request first; `receipt=awaiting-acceptance` lists the ones still to answer */
        get: operations["PartnerTransferController_listTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A transfer sent to you: its delivery, your receipt, the acceptance deadline, your progress notes and result */
        get: operations["PartnerTransferController_getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/transfers/{transferId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the transfer: you take the case on (business acceptance)
         * @description Allowed while awaiting acceptance and after the deadline passed (recorded as late), even before the delivery was recorded as delivered. `partnerReference` replaces the one your answer to the delivery carried. A repeat that leaves out partnerReference or names the one in force is the same acceptance.
         */
        post: operations["PartnerTransferController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/transfers/{transferId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report progress on a transfer you accepted
         * @description Each new note is kept and passed to the owner; the same note as your latest one is a repeat.
         */
        post: operations["PartnerTransferController_reportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/transfers/{transferId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the transfer with a coded reason; the ticket goes back to the 12348 platform that owns it
         * @description Allowed while awaiting acceptance and after the deadline passed, even before the delivery was recorded as delivered. Final.
         */
        post: operations["PartnerTransferController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/transfers/{transferId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the result of a transfer you accepted: what you did and what you told the caller (once)
         * @description The 12348 platform answers the caller and closes its ticket from it.
         */
        post: operations["PartnerTransferController_reportResult"];
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
        AcceptTransferDto: {
            /** @example 黔西市公安局110指挥中心 */
            acceptedBy?: string;
            /** @example 已派警 */
            note?: string;
            /** @example 110-QX-0001 */
            partnerReference?: string;
        };
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
        CaseStatusChangedDto: {
            /**
             * @description When the change happened, ISO-8601 with the +08:00 offset
             * @example 2026-11-23T10:15:01.000+08:00
             */
            at: string;
            /**
             * @description Open311 status after this change
             * @enum {string}
             */
            coarseStatus: "open" | "closed";
            /** @description The body holding the case as of this change; null while it is with the 12348 platform */
            currentHandler: components["schemas"]["CurrentHandlerDto"] | null;
            /**
             * @description Opaque cursor of this change in your pull feed: after=<cursor> lists the changes that came after it
             * @example 42
             */
            cursor: string;
            /**
             * Format: uuid
             * @description One per change, the same on every retry (also webhook-id and Idempotency-Key): process each once
             */
            messageId: string;
            /**
             * @description What happened, written by the exchange
             * @example Accepted by 南海区法律援助中心
             */
            note: string;
            /**
             * @description Your reference for the case
             * @example 110-FS-20261123-0099
             */
            partnerReference: string;
            /**
             * @description 1, 2, 3… per case without gaps, in the order the case changed. Changes of one case are pushed in this order, each only after the one before was delivered
             * @example 3
             */
            sequence: number;
            /**
             * @description Extended status after this change
             * @enum {string}
             */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /**
             * Format: uuid
             * @description The shared ticket id of the case
             */
            ticketId: string;
            /**
             * @description The ticket number as of this change; null until the 12348 platform has opened the ticket
             * @example 12348-20261123-000042
             */
            ticketNumber: string | null;
            /**
             * @description Route webhooks by it: transfers arrive at the same endpoint with another type
             * @enum {string}
             */
            type: "case.status-changed";
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
            /**
             * @description Organisation id of the 12348 platform that should answer the caller and close the case ("12348-" and a two-letter province code, e.g. 12348-gd for Guangdong). Leave it out to let the provincial platform of the case's region take it.
             * @example 12348-gd
             */
            responsiblePlatform?: string;
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
        Open311ErrorDto: {
            /**
             * @description The HTTP status.
             * @example 400
             */
            code: number;
            /** @example attribute[region_code] must be a region code of 6, 9 or 12 digits */
            description: string;
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
        PartnerCaseChangeFeedDto: {
            /** @description Changes of your cases after the cursor, oldest first (at most limit) */
            changes: components["schemas"]["CaseStatusChangedDto"][];
            /**
             * @description Pass as after on your next read. The same cursor when nothing came after it; a change that commits later always comes after it, so the feed never skips one.
             * @example 42
             */
            nextCursor: string;
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
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string | null;
            updatedAt: string;
            updates: components["schemas"]["PartnerTicketUpdateDto"][];
        };
        PartnerTicketUpdateDto: {
            /** @example 2026-11-23T02:15:01.000Z */
            at: string;
            /** @example Sent to 南海区法律援助中心 for acceptance */
            note: string;
            /** @enum {string} */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        PartnerTransferDto: {
            acceptanceDueAt: string | null;
            acceptanceNote: string | null;
            acceptedAt: string | null;
            acceptedBy: string | null;
            acceptedLate: boolean | null;
            delivery: components["schemas"]["TransferDeliveryStateDto"];
            overdueAt: string | null;
            /** @example 110-QX-0001 */
            partnerReference: string | null;
            progress: components["schemas"]["TransferProgressDto"][];
            /** @enum {string} */
            reason: "danger" | "not-ours";
            /** @enum {string} */
            receipt: "awaiting-acceptance" | "accepted" | "rejected" | "overdue" | "completed";
            rejection: components["schemas"]["TransferRejectionDto"] | null;
            requestedAt: string;
            result: components["schemas"]["TransferResultDto"] | null;
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
            /** Format: uuid */
            transferId: string;
            urgent: boolean;
        };
        PartnerTransferListDto: {
            items: components["schemas"]["PartnerTransferDto"][];
        };
        PostedAttributesDto: {
            /**
             * @description Division code of the place where the matter arose (Legal Aid Law Art. 38).
             * @example 440605011
             */
            arosen_in_region_code?: string;
            /**
             * @description Must be true: the caller consented to the case being passed to the 12348 platform (PIPL Art. 23); false answers 422 CONSENT.REQUIRED.
             * @enum {string}
             */
            caller_consent: "true";
            /**
             * @description Urgent and dangerous matter (紧情要情): passed to 110 at once.
             * @default false
             * @enum {string}
             */
            dangerous: "true" | "false";
            /** @example 佛山市南海区人民法院 */
            handling_organ_name?: string;
            /** @example 440605 */
            handling_organ_region_code?: string;
            /**
             * @description The organ handling the matter (litigation: Legal Aid Law Art. 38); all three handling_organ_ attributes or none.
             * @enum {string}
             */
            handling_organ_type?: "court" | "procuratorate" | "police" | "arbitration-commission" | "administrative-organ";
            /**
             * @description Language tag or dialect code: zh-CN, yue, hak, nan.
             * @example yue
             */
            language: string;
            /**
             * @example labour-remuneration
             * @enum {string}
             */
            legal_category: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /**
             * @description Migrant worker claiming wages (Legal Aid Law Art. 42).
             * @default false
             * @enum {string}
             */
            migrant_worker_wage_claim: "true" | "false";
            /**
             * @description Your own id for the case: one case per reference. A repeat of the same case answers the first receipt; another case under a used reference answers 409.
             * @example 110-FS-20261123-0099
             */
            partner_reference: string;
            /**
             * @description Division code of the caller or the matter (6, 9 or 12 digits); routes the case.
             * @example 440605011
             */
            region_code: string;
            /**
             * @description Urgent matter.
             * @default false
             * @enum {string}
             */
            urgent: "true" | "false";
            /**
             * @description Veteran (Veterans Protection Law Art. 70).
             * @default false
             * @enum {string}
             */
            veteran: "true" | "false";
        };
        PostServiceRequestDto: {
            /**
             * @description Where it happened, for the receiving body; added to the case's summary (attribute[region_code] routes it).
             * @example 佛山市南海区桂城街道南海大道北 88 号工地
             */
            address_string?: string;
            /** @description Form: attribute[<code>]=<value> per attribute. JSON: an object, or the same flat names. */
            attribute: components["schemas"]["PostedAttributesDto"];
            /** @example 来电人称在南海区桂城街道工地务工，被拖欠工资三个月，约三万元。 */
            description: string;
            /**
             * @description The caller's given name (名); first_name or last_name is required.
             * @example 大明
             */
            first_name?: string;
            /**
             * @description The caller's surname (姓); first_name or last_name is required.
             * @example 陈
             */
            last_name?: string;
            /**
             * @description WGS 84 latitude; with long, added to the summary.
             * @example 23.0322
             */
            lat?: number;
            /**
             * @description WGS 84 longitude; with lat.
             * @example 113.1451
             */
            long?: number;
            /** @description Not taken (400 when given): the 12348 platform receives no media from partner hotlines; describe it in description. */
            media_url?: string;
            /**
             * @description Call-back number: a mobile or a landline with its area code; +86, spaces and hyphens are removed.
             * @example +86 138-1234-5678
             */
            phone: string;
            /**
             * @description A service of GET services.json.
             * @example legal-aid-application
             * @enum {string}
             */
            service_code: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
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
        RejectTransferDto: {
            /** @example 事发地不在本市辖区 */
            note?: string;
            /**
             * @example outside-our-area
             * @enum {string}
             */
            reason: "not-our-matter" | "outside-our-area" | "insufficient-information" | "duplicate" | "caller-unreachable";
        };
        ReportProgressDto: {
            /** @example 民警已到场，双方情绪稳定 */
            note: string;
        };
        ReportResultDto: {
            /** @example 民警现场调解，劝离来电人，未发生扣车行为 */
            actionTaken: string;
            /** @example 2026-11-24T15:30:00+08:00 */
            completedAt: string;
            /**
             * @example handled
             * @enum {string}
             */
            outcome: "handled" | "referred-elsewhere" | "no-action-needed" | "caller-unreachable";
            /** @example 已告知来电人通过劳动仲裁或法律援助追讨欠薪 */
            replyToCaller: string;
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
        ServiceAttributeDto: {
            /**
             * @description Sent as attribute[<code>].
             * @enum {string}
             */
            code: "partner_reference" | "region_code" | "legal_category" | "arosen_in_region_code" | "language" | "caller_consent" | "urgent" | "dangerous" | "migrant_worker_wage_claim" | "veteran" | "handling_organ_type" | "handling_organ_name" | "handling_organ_region_code";
            /** @enum {string} */
            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
            datatype_description: string | null;
            description: string;
            /** @example 1 */
            order: number;
            required: boolean;
            /** @description The keys a singlevaluelist takes; empty otherwise. */
            values: components["schemas"]["ServiceAttributeValueDto"][];
            /** @enum {boolean} */
            variable: true;
        };
        ServiceAttributeValueDto: {
            /** @example labour-remuneration */
            key: string;
            /** @example 劳动报酬 */
            name: string;
        };
        ServiceDefinitionDto: {
            attributes: components["schemas"]["ServiceAttributeDto"][];
            /** @enum {string} */
            service_code: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
        };
        ServiceDto: {
            description: string;
            /** @example 法律援助 */
            group: string;
            /**
             * @description Comma-separated.
             * @example 法律援助,欠薪,讨薪,农民工,工伤,律师
             */
            keywords: string;
            /**
             * @description Every service has attributes: GET services/{service_code}.json.
             * @enum {boolean}
             */
            metadata: true;
            /**
             * @example legal-aid-application
             * @enum {string}
             */
            service_code: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            /** @example 法律援助申请 */
            service_name: string;
            /** @enum {string} */
            type: "realtime";
        };
        ServiceRequestDto: {
            /**
             * @description Always null: the exchange does not keep the caller's address.
             * @example null
             */
            address: string | null;
            /**
             * @description The body that holds the case now, or the 12348 platform.
             * @example 南海区法律援助中心
             */
            agency_responsible: string;
            /**
             * @description Always null: the exchange does not keep the case text (it went to the 12348 platform with the case).
             * @example null
             */
            description: string | null;
            /**
             * @description Always null.
             * @example null
             */
            expected_datetime: string | null;
            extended_attributes: components["schemas"]["ServiceRequestExtendedAttributesDto"];
            /**
             * @description Always null: the exchange does not keep the position.
             * @example null
             */
            lat: number | null;
            /**
             * @description Always null: the exchange does not keep the position.
             * @example null
             */
            long: number | null;
            /**
             * @description Always null.
             * @example null
             */
            media_url: string | null;
            /** @example 2026-11-23T10:10:00.000+08:00 */
            requested_datetime: string;
            /** @enum {string|null} */
            service_code: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion" | null;
            /**
             * @description Null for a case forwarded through the partner API (it named no service).
             * @example 法律援助申请
             */
            service_name: string | null;
            service_notice: string | null;
            /** Format: uuid */
            service_request_id: string;
            /**
             * @description closed once the case is closed or merged into another.
             * @enum {string}
             */
            status: "open" | "closed";
            /** @description The latest entry of the history. */
            status_notes: string | null;
            /** @example 2026-11-23T10:15:01.000+08:00 */
            updated_datetime: string;
            /**
             * @description Always null.
             * @example null
             */
            zipcode: string | null;
        };
        ServiceRequestExtendedAttributesDto: {
            /** @example 110-FS-20261123-0099 */
            partner_reference: string;
            /**
             * @description The platform's extended status.
             * @enum {string}
             */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /**
             * @description The number the caller is told, once the ticket is opened (受理).
             * @example 12348-20261123-000042
             */
            ticket_number: string | null;
            /** @description The history, oldest first. */
            updates: components["schemas"]["ServiceRequestUpdateDto"][];
        };
        ServiceRequestReceiptDto: {
            /**
             * @description Always null: partners have no accounts here.
             * @example null
             */
            account_id: string | null;
            /** @example 12348公共法律服务平台已受理，将派往有管辖权的法律援助机构；…… */
            service_notice: string;
            /**
             * Format: uuid
             * @description The shared ticket id: follow the case with it.
             */
            service_request_id: string;
        };
        ServiceRequestUpdateDto: {
            /** @example 2026-11-23T10:15:01.000+08:00 */
            at: string;
            /** @example Sent to 南海区法律援助中心 for acceptance */
            note: string;
            /** @enum {string} */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
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
            acceptanceDueAt: string | null;
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
            /** @enum {string} */
            receipt: "awaiting-acceptance" | "accepted" | "rejected" | "overdue" | "completed";
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
        TransferDeliveryStateDto: {
            deliveredAt: string | null;
            /** @enum {string} */
            state: "pending" | "failing" | "delivered";
        };
        TransferProgressDto: {
            note: string;
            reportedAt: string;
        };
        TransferRejectionDto: {
            note: string | null;
            /** @enum {string} */
            reason: "not-our-matter" | "outside-our-area" | "insufficient-information" | "duplicate" | "caller-unreachable";
            rejectedAt: string;
        };
        TransferResultDto: {
            actionTaken: string;
            completedAt: string;
            /** @enum {string} */
            outcome: "handled" | "referred-elsewhere" | "no-action-needed" | "caller-unreachable";
            replyToCaller: string;
            reportedAt: string;
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
    PartnerTicketController_listChanges: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of your previous read, or the `cursor` of the last change you processed. Leave it out to start from the first change. */
                after?: string;
                /** @description Most changes in one answer */
                limit?: number;
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
            /** @description Your changes after the cursor, oldest first, and the cursor to read on from */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCaseChangeFeedDto"];
                };
            };
            /** @description after is not a cursor, or FEED.CURSOR_UNKNOWN (a cursor this feed has not reached); limit out of range; updatedSince is no longer supported (use after). `errors[].field` names the parameter */
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
            /** @description CONSENT.REQUIRED, REGION.UNKNOWN or IDEMPOTENCY.KEY_REUSED (the same key with another body, responsiblePlatform included) */
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
    PartnerTransferController_listTransfers: {
        parameters: {
            query?: {
                limit?: number;
                receipt?: "awaiting-acceptance" | "accepted" | "rejected" | "overdue" | "completed";
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
                    "application/json": components["schemas"]["PartnerTransferListDto"];
                };
            };
            /** @description Unknown receipt state, a limit out of range or an unknown parameter; `errors[].field` names it */
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
    PartnerTransferController_getTransfer: {
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
                transferId: string;
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
                    "application/json": components["schemas"]["PartnerTransferDto"];
                };
            };
            /** @description transferId is not a UUID */
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
            /** @description PARTNER_TRANSFER.NOT_FOUND: no such transfer to you (`errors[].field` is transferId) */
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
    PartnerTransferController_accept: {
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
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptTransferDto"];
            };
        };
        responses: {
            /** @description The transfer as you see it afterwards. Sending the same command again with the same content answers the same, and records nothing twice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTransferDto"];
                };
            };
            /** @description Invalid field; `errors[].field` names it */
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
            /** @description PARTNER_TRANSFER.NOT_FOUND: no such transfer to you (`errors[].field` is transferId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_TRANSFER.INVALID_STATE: the command contradicts the receipt recorded so far (the message names the receipt state), or PARTNER_AUTH.REPLAYED: already rejected, or accepted with other details */
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
            /** @description PARTNER_TRANSFER.BUSY: the transfer is being delivered to your endpoint at this moment; answer the delivery, then send the command again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerTransferController_reportProgress: {
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
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProgressDto"];
            };
        };
        responses: {
            /** @description The transfer as you see it afterwards. Sending the same command again with the same content answers the same, and records nothing twice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTransferDto"];
                };
            };
            /** @description Missing, blank or too long note; `errors[].field` names it */
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
            /** @description PARTNER_TRANSFER.NOT_FOUND: no such transfer to you (`errors[].field` is transferId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_TRANSFER.INVALID_STATE: the command contradicts the receipt recorded so far (the message names the receipt state), or PARTNER_AUTH.REPLAYED: not accepted (yet), rejected, or the result is already reported */
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
            /** @description PARTNER_TRANSFER.BUSY: the transfer is being delivered to your endpoint at this moment; answer the delivery, then send the command again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerTransferController_reject: {
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
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectTransferDto"];
            };
        };
        responses: {
            /** @description The transfer as you see it afterwards. Sending the same command again with the same content answers the same, and records nothing twice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTransferDto"];
                };
            };
            /** @description Missing or unknown reason, or a note too long; `errors[].field` names it */
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
            /** @description PARTNER_TRANSFER.NOT_FOUND: no such transfer to you (`errors[].field` is transferId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_TRANSFER.INVALID_STATE: the command contradicts the receipt recorded so far (the message names the receipt state), or PARTNER_AUTH.REPLAYED: already accepted (or completed), or rejected with another reason or note */
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
            /** @description PARTNER_TRANSFER.BUSY: the transfer is being delivered to your endpoint at this moment; answer the delivery, then send the command again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnerTransferController_reportResult: {
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
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportResultDto"];
            };
        };
        responses: {
            /** @description The transfer as you see it afterwards. Sending the same command again with the same content answers the same, and records nothing twice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTransferDto"];
                };
            };
            /** @description Invalid field, or PARTNER_TRANSFER.COMPLETED_AT_INVALID (in the future or before the request); `errors[].field` names it */
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
            /** @description PARTNER_TRANSFER.NOT_FOUND: no such transfer to you (`errors[].field` is transferId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PARTNER_TRANSFER.INVALID_STATE: the command contradicts the receipt recorded so far (the message names the receipt state), or PARTNER_AUTH.REPLAYED: not accepted (yet), rejected, or a result with other content is already reported */
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
            /** @description PARTNER_TRANSFER.BUSY: the transfer is being delivered to your endpoint at this moment; answer the delivery, then send the command again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
