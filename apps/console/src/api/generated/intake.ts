// Generated from the intake service's OpenAPI document by apps/console/scripts/generate-api.mjs.
// Do not edit: change the service, then run `npm run api:generate -w apps/console`.

export interface paths {
    "/v1/dashboard/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets opened per region and legal category, one level below the region asked for (province → city → county → township)
         * @description Supervisors count the tickets of their area, owner leads those their organisation is responsible for (received first, or answers for a partner). Period: Asia/Shanghai calendar days `from` to `to`, both included (the last 30 days by default, at most 366). Without `regionCode`, a supervisor starts at its own area, an owner lead at every province (by city).
         */
        get: operations["DashboardController_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Opened, closed and open tickets, statuses, urgent, dangerous and green-channel counts, and follow-up satisfaction for the period
         * @description Supervisors count the tickets of their area, owner leads those their organisation is responsible for (received first, or answers for a partner). Period: Asia/Shanghai calendar days `from` to `to`, both included (the last 30 days by default, at most 366). Ticket counts are over the tickets opened in the period; satisfaction over the follow-up calls recorded in it.
         */
        get: operations["DashboardController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/tickets-per-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets opened per Asia/Shanghai day and channel
         * @description Supervisors count the tickets of their area, owner leads those their organisation is responsible for (received first, or answers for a partner). Period: Asia/Shanghai calendar days `from` to `to`, both included (the last 30 days by default, at most 366).
         */
        get: operations["DashboardController_ticketsPerDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/owners/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open tickets the token’s organisation is responsible for, longest-waiting first, with their hand-offs and times
         * @description Those it received first (首问) and the cases partner hotlines forwarded that it answers (the platform the partner chose, or the provincial 12348 platform of the region). With `mine`, only those the signed-in agent received.
         */
        get: operations["OwnersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pii-access-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read which caller in full or found their tickets by phone (purpose search), when, which fields and why: tickets in the supervisor’s area, newest first */
        get: operations["CallerAccessController_trail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supervision/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supervision alerts (督办) from every service about tickets in the supervisor’s area, newest first */
        get: operations["SupervisionController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ticket-lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A caller follows their ticket: status and next step only (zh/en), no personal information
         * @description Limits: 10 requests a minute per client address, and 5 failed attempts per reference within 15 minutes; past either, 429 with Retry-After (for the reference, even with the right code).
         */
        post: operations["TicketLookupController_lookUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets the caller may read that match the filters, newest first; search by ticket number or by the caller’s phone
         * @description Agents and leads: tickets their organisation is responsible for (received first, or answers for a partner) or watches. Office staff: tickets handed (at any time) to their body. Supervisors: tickets in their area. Filtered, never refused. A search by `callerPhone` (matched by its keyed hash) is for agents and leads only and finds only tickets their organisation is responsible for; each ticket it shows is written to the access trail (purpose `search`).
         */
        get: operations["TicketsController_list"];
        put?: never;
        /**
         * Open a ticket (受理) for a request received on a 12348 platform
         * @description The first contact is the token’s organisation and agent; the platform follows from the channel. The answer carries the caller’s lookup reference and one-time code, once.
         */
        post: operations["TicketsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket with its first contact, responsible platform, current handler, hand-offs, transfers and their receipts, records, possible duplicates and timeline; caller masked
         * @description Readable as in the list. Possible duplicates are shown to agents only, and only tickets their organisation is responsible for or watches.
         */
        get: operations["TicketsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The responsible platform answered the caller (答复) */
        post: operations["TicketsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/caller": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s full name, phone and ID number, for those who must reach them; every read is in the access trail
         * @description Agents and leads of the platform responsible for the ticket (its first contact, or the 12348 platform answering a partner’s forward), and office staff of a body that accepted a hand-off of the ticket (and has not since rejected it or had it withdrawn). Everyone else: 403.
         */
        get: operations["CallerAccessController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A lead of the responsible platform closes the ticket (办结) after the answer and the follow-up call */
        post: operations["TicketsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The responsible platform recorded the follow-up call (回访); a dissatisfied caller reopens the ticket under supervision */
        post: operations["TicketsController_followUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A lead of the responsible platform of either ticket merges this duplicate into another open ticket */
        post: operations["TicketsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The responsible platform lets another organisation (by id) see the ticket without owning it (referral) */
        post: operations["TicketsController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The responsible platform reopens the ticket */
        post: operations["TicketsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The responsible platform passes a matter that is not the legal service’s to a partner hotline
         * @description From returned-to-owner or reopened, also after an earlier transfer came back (rejected, or not accepted in time). The partner’s receipts (accepted, rejected, overdue, progress, result) appear in `transfers[].receipt` and the timeline.
         */
        post: operations["TicketsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/unmerge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A lead of the responsible platform of either ticket undoes a merge: the ticket is open on its own again */
        post: operations["TicketsController_unmerge"];
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
        AccessorView: {
            /** @example 陈静 */
            name: string;
            /** @example 南海区法律援助中心 */
            organisation: string;
            /** @example legal-aid-centre:440605 */
            organisationId: string;
            subject: string;
        };
        AccessTrailPageView: {
            items: components["schemas"]["AccessTrailRecordView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        AccessTrailRecordView: {
            /** Format: date-time */
            accessedAt: string;
            accessedBy: components["schemas"]["AccessorView"];
            fields: ("name" | "phone" | "idNumber")[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            purpose: "call-back" | "follow-up-call" | "service-delivery" | "legal-aid-review" | "mediation" | "search";
            /** Format: uuid */
            ticketId: string;
        };
        ActorView: {
            /** @example 林晓 */
            agent: string | null;
            agentId?: string;
            /** @example 广东省12348公共法律服务热线 */
            organisation: string;
            /** @example 12348-gd */
            organisationId?: string;
        };
        AnswerCallerDto: {
            /** @example 已告知来电人南海区法律援助中心已受理，并指派律师跟进。 */
            answer: string;
        };
        AnswerView: {
            answer: string;
            /** Format: date-time */
            answeredAt: string;
            answeredBy: components["schemas"]["ActorView"];
        };
        CallerDetailsView: {
            /** Format: uuid */
            accessRecordId: string;
            /** @example 440605199001011236 */
            idNumber: string | null;
            /** @example 陈大明 */
            name: string;
            /** @example 13812345678 */
            phone: string;
            /** @enum {string} */
            purpose: "call-back" | "follow-up-call" | "service-delivery" | "legal-aid-review" | "mediation";
            /** Format: uuid */
            ticketId: string;
        };
        CallerDto: {
            /** @example [] */
            accessibilityNeeds?: string[];
            /** @example 11010519491231002X */
            idNumber?: string;
            /** @example yue */
            language: string;
            /** @example 陈大明 */
            name: string;
            /** @example 13812345678 */
            phone: string;
        };
        CallerLookupView: {
            /** @enum {string} */
            coarseStatus: "open" | "closed";
            nextStep: components["schemas"]["NextStepView"];
            /** @enum {string} */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        CloseTicketDto: Record<string, never>;
        CurrentHandlerView: {
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /** @enum {string} */
            agencyType: "legal-aid-centre" | "mediation-committee";
            /** @example 南海区法律援助中心 */
            name: string;
            /** Format: date-time */
            since: string;
        };
        DashboardSummaryView: {
            /** @description Their status now, every status in order (zero where none). */
            byStatus: components["schemas"]["StatusCountView"][];
            /** @description Of those, closed (办结) or merged into another ticket now. */
            closed: number;
            /** @description Flagged dangerous (also counted as urgent): passed to 110 at opening. */
            dangerous: number;
            /** @description Follow-up calls recorded in the period; a ticket called back twice counts twice. */
            followUps: number;
            /**
             * Format: date
             * @description First day of the period, YYYY-MM-DD (Asia/Shanghai).
             * @example 2026-11-01
             */
            from: string;
            /** @description Green channel (绿色通道): migrant-worker wage claims and veterans, urgent ones included. */
            greenChannel: number;
            /** @description Migrant-worker wage claims (Legal Aid Law Art. 42(3)). */
            migrantWorkerWageClaims: number;
            /** @description Of those, still open now. */
            open: number;
            /** @description Tickets opened in the period. */
            opened: number;
            /** @description Follow-up calls (回访) recorded in the period (of tickets opened at any time), per satisfaction level, every level in order. */
            satisfaction: components["schemas"]["SatisfactionCountView"][];
            /**
             * @description Satisfaction rate (满意率): satisfied and basically satisfied calls over all calls, 0 to 1 to four decimals; null without calls.
             * @example 0.9231
             */
            satisfiedRate: number | null;
            /**
             * Format: date
             * @description Last day of the period, included.
             * @example 2026-11-30
             */
            to: string;
            /** @description Priority urgent: flagged urgent or dangerous (紧情要情). */
            urgent: number;
            /** @description Veterans (Veterans Protection Law Art. 70). */
            veterans: number;
        };
        DayChannelCountView: {
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "wechat" | "station" | "partner";
            /** @example 12 */
            count: number;
            /**
             * Format: date
             * @description The Asia/Shanghai calendar day the tickets were opened on.
             * @example 2026-11-23
             */
            date: string;
        };
        FirstContactView: {
            /** @example 林晓 */
            agent: string | null;
            agentId: string | null;
            /** @example 广东省12348公共法律服务热线 */
            organisation: string;
            /** @example 12348-gd */
            organisationId: string;
            /** @enum {string} */
            platform: "12348-hotline" | "12348-network" | "12348-station" | "12345" | "110" | "12355" | "12368";
            /** Format: date-time */
            receivedAt: string;
        };
        FollowUpView: {
            note: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: components["schemas"]["ActorView"];
            /** @enum {string} */
            result: "resolved" | "partly-resolved" | "unresolved";
            /** @enum {string} */
            satisfaction: "satisfied" | "basically-satisfied" | "dissatisfied";
        };
        HandlingOrganDto: {
            /** @example 佛山市南海区人民法院 */
            name: string;
            /** @example 440605 */
            regionCode: string;
            /** @enum {string} */
            type: "court" | "procuratorate" | "police" | "arbitration-commission" | "administrative-organ";
        };
        HandlingOrganView: {
            /** @example 佛山市南海区人民法院 */
            name: string;
            /** @example 440605 */
            regionCode: string;
            /** @enum {string} */
            type: "court" | "procuratorate" | "police" | "arbitration-commission" | "administrative-organ";
        };
        HandlingResultView: {
            agencyId: string;
            agencyName: string;
            /** Format: date-time */
            completedAt: string;
            completedBy: string;
            /** @enum {string} */
            outcome: "resolved" | "partly-resolved" | "unresolved";
            result: string;
        };
        HopView: {
            /** @example legal-aid-centre:440605 */
            agencyId: string;
            /** @enum {string} */
            agencyType: "legal-aid-centre" | "mediation-committee";
            /** Format: date-time */
            arrivedAt: string;
            /** Format: date-time */
            leftAt: string | null;
            /** @example 南海区法律援助中心 */
            name: string;
            /** @enum {string} */
            outcome: "still-there" | "accepted" | "rejected" | "withdrawn" | "replaced";
            reason: string | null;
            /** @example 2 h 5 min */
            timeSpent: string;
            /** @example 7500000 */
            timeSpentMs: number;
        };
        MaskedCallerView: {
            /** @example 44**************** */
            idNumber: string | null;
            /** @example yue */
            language: string;
            /** @example 陈** */
            name: string;
            /** @example 138******** */
            phone: string;
        };
        MatterLocationDto: {
            /** @example 440605011 */
            arosenInRegionCode?: string;
            handlingOrgan?: components["schemas"]["HandlingOrganDto"];
        };
        MatterLocationView: {
            /** @example 440605011 */
            arosenInRegionCode?: string;
            handlingOrgan?: components["schemas"]["HandlingOrganView"];
        };
        MeansTestExemptionView: {
            /** @example Legal Aid Law Art. 42(3) */
            basis: string;
            reason: string;
        };
        MergeTicketDto: {
            /** Format: uuid */
            intoTicketId: string;
            /** @example 同一来电人同一事项重复来电 */
            reason: string;
        };
        MergeView: {
            /** Format: uuid */
            intoTicketId: string;
            /** Format: date-time */
            mergedAt: string;
            mergedBy: components["schemas"]["ActorView"];
            /** @enum {string} */
            statusBefore: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        NextStepView: {
            /** @example A handling body has accepted your request and will contact you. */
            en: string;
            /** @example 承办单位已受理您的诉求，将与您联系。 */
            zh: string;
        };
        OpenedTicketView: {
            /** Format: uuid */
            id: string;
            /** @example 482913 */
            lookupCode: string;
            possibleDuplicates: components["schemas"]["PossibleDuplicateView"][];
            /** @example 7K3M9Q2XHP */
            reference: string;
            /**
             * @example received
             * @enum {string}
             */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
        };
        OpenTicketDto: {
            caller: components["schemas"]["CallerDto"];
            /**
             * @example hotline
             * @enum {string}
             */
            channel: "hotline" | "web" | "app" | "wechat" | "station";
            flags?: components["schemas"]["TicketFlagsDto"];
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            matterLocation?: components["schemas"]["MatterLocationDto"];
            /** @example 440605011 */
            regionCode: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            summary: string;
        };
        OwnerTicketPageView: {
            items: components["schemas"]["OwnerTicketView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        OwnerTicketView: {
            /** @example 3 d 4 h */
            age: string;
            ageMs: number;
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "wechat" | "station" | "partner";
            /** @enum {string} */
            coarseStatus: "open" | "closed";
            currentHandler: components["schemas"]["CurrentHandlerView"] | null;
            firstContact: components["schemas"]["FirstContactView"];
            flags: components["schemas"]["TicketFlagsView"];
            hops: components["schemas"]["HopView"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /** Format: date-time */
            openedAt: string;
            /** @enum {string} */
            priority: "urgent" | "green-channel" | "normal";
            /** @example 440605011 */
            regionCode: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            responsible: components["schemas"]["ResponsibleView"];
            /** @enum {string} */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
            /** @enum {string} */
            waitingOn: "routing" | "handling-body" | "partner" | "owner" | "nobody";
        };
        PossibleDuplicateView: {
            /** Format: uuid */
            id: string;
            /** @example 12348-20261120-000017 */
            ticketNumber: string;
        };
        RecordFollowUpDto: {
            /** @example 工资13000元已追回 */
            note?: string | null;
            /** @enum {string} */
            result: "resolved" | "partly-resolved" | "unresolved";
            /** @enum {string} */
            satisfaction: "satisfied" | "basically-satisfied" | "dissatisfied";
        };
        ReferTicketDto: {
            /** @example mediation-committee:440605011 */
            organisationId: string;
            /** @example 桂城街道人民调解委员会 */
            organisationName: string;
            /** @example 诉讼阶段需法院了解前期调解情况 */
            reason: string;
        };
        RegionBreakdownView: {
            /**
             * Format: date
             * @description First day of the period, YYYY-MM-DD (Asia/Shanghai).
             * @example 2026-11-01
             */
            from: string;
            /**
             * @description The level of the rows, one below the region asked for: all regions or a province by city, a city by county (a city without counties, such as Dongguan, by township), a county by township.
             * @enum {string}
             */
            level: "city" | "county" | "township";
            /**
             * @description The region drilled into ("440000", "440600", "440605"); null for all regions.
             * @example 440600
             */
            parentCode: string | null;
            /** @description Tickets opened per region and legal category, by region code then category; no row where none. */
            rows: components["schemas"]["RegionCategoryCountView"][];
            /**
             * Format: date
             * @description Last day of the period, included.
             * @example 2026-11-30
             */
            to: string;
        };
        RegionCategoryCountView: {
            /** @example 7 */
            count: number;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /**
             * @description The row's region by its full code: a city 440600, a county 440605, a township 440605011. Tickets recorded no finer than the region drilled into count under its own code.
             * @example 440605
             */
            regionCode: string;
            /**
             * @description Its name in the region catalog; null for a code the catalog does not hold.
             * @example 南海区
             */
            regionName: string | null;
        };
        ReopenTicketDto: {
            /** @example 来电人反映用人单位未按调解协议付款 */
            reason: string;
        };
        ResponsibleView: {
            /**
             * @example region-platform
             * @enum {string}
             */
            basis: "first-contact" | "region-platform" | "partner-choice";
            /** @example 广东省12348公共法律服务热线 */
            organisation: string;
            /** @example 12348-gd */
            organisationId: string;
        };
        SatisfactionCountView: {
            count: number;
            /** @enum {string} */
            satisfaction: "satisfied" | "basically-satisfied" | "dissatisfied";
        };
        SpecialChannelView: {
            /** @example Veterans Protection Law Art. 70 */
            basis: string;
            reason: string;
        };
        StatusCountView: {
            count: number;
            /** @enum {string} */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        SupervisionAlertPageView: {
            items: components["schemas"]["SupervisionAlertView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        SupervisionAlertView: {
            agencyId: string | null;
            /** Format: uuid */
            alertId: string;
            /** @enum {string} */
            kind: "acceptance-overdue" | "danger-reported" | "partner-delivery-failing" | "caller-dissatisfied" | "returned-to-owner" | "partner-transfer-returned";
            message: string;
            /** Format: date-time */
            raisedAt: string;
            /** @enum {string} */
            severity: "warning" | "critical";
            /** @enum {string} */
            source: "intake" | "routing" | "legal-aid" | "mediation" | "hotline-exchange";
            /** Format: uuid */
            ticketId: string;
        };
        TicketFlagsDto: {
            /** @default false */
            dangerous: boolean;
            /** @default false */
            migrantWorkerWageClaim: boolean;
            /** @default false */
            urgent: boolean;
            /** @default false */
            veteran: boolean;
        };
        TicketFlagsView: {
            dangerous?: boolean;
            migrantWorkerWageClaim: boolean;
            urgent: boolean;
            veteran: boolean;
        };
        TicketLookupDto: {
            /** @example 482913 */
            code: string;
            /** @example 7K3M-9Q2X-HP */
            reference: string;
        };
        TicketPageView: {
            items: components["schemas"]["TicketSummaryView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        TicketsPerDayView: {
            /** @description Tickets opened per day and channel, by day then channel; a day or channel without tickets has no row. */
            days: components["schemas"]["DayChannelCountView"][];
            /**
             * Format: date
             * @description First day of the period, YYYY-MM-DD (Asia/Shanghai).
             * @example 2026-11-01
             */
            from: string;
            /**
             * Format: date
             * @description Last day of the period, included.
             * @example 2026-11-30
             */
            to: string;
        };
        TicketSummaryView: {
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "wechat" | "station" | "partner";
            /** @enum {string} */
            coarseStatus: "open" | "closed";
            currentHandler: components["schemas"]["CurrentHandlerView"] | null;
            firstContact: components["schemas"]["FirstContactView"];
            flags: components["schemas"]["TicketFlagsView"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /** Format: date-time */
            openedAt: string;
            /** @enum {string} */
            priority: "urgent" | "green-channel" | "normal";
            /** @example 440605011 */
            regionCode: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            responsible: components["schemas"]["ResponsibleView"];
            /** @enum {string} */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
        };
        TicketView: {
            answer: components["schemas"]["AnswerView"] | null;
            caller: components["schemas"]["MaskedCallerView"];
            /** @example 7K3M9Q2XHP */
            callerReference: string | null;
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "wechat" | "station" | "partner";
            /** @enum {string} */
            coarseStatus: "open" | "closed";
            currentHandler: components["schemas"]["CurrentHandlerView"] | null;
            firstContact: components["schemas"]["FirstContactView"];
            flags: components["schemas"]["TicketFlagsView"];
            followUp: components["schemas"]["FollowUpView"] | null;
            handlingResult: components["schemas"]["HandlingResultView"] | null;
            hops: components["schemas"]["HopView"][];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            matterLocation: components["schemas"]["MatterLocationView"];
            meansTestExemption: components["schemas"]["MeansTestExemptionView"] | null;
            merge: components["schemas"]["MergeView"] | null;
            /** Format: date-time */
            openedAt: string;
            possibleDuplicates: components["schemas"]["PossibleDuplicateView"][];
            /** @enum {string} */
            priority: "urgent" | "green-channel" | "normal";
            /** @example 440605011 */
            regionCode: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            responsible: components["schemas"]["ResponsibleView"];
            specialChannel: components["schemas"]["SpecialChannelView"] | null;
            /** @enum {string} */
            status: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            summary: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
            timeline: components["schemas"]["TimelineEntryView"][];
            transfers: components["schemas"]["TransferView"][];
            underSupervision: boolean;
            watchers: components["schemas"]["WatcherView"][];
        };
        TimelineEntryView: {
            actor: string | null;
            actorId: string | null;
            /** @example legal-aid-centre:440605 */
            actorOrganisationId: string | null;
            /** Format: date-time */
            at: string;
            /** @example assignment.accepted.v1 */
            kind: string;
            note: string | null;
            reason: string | null;
            /** @enum {string} */
            source: "intake" | "routing" | "legal-aid" | "mediation" | "hotline-exchange";
            /** @enum {string} */
            statusAfter: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        TransferOverdueView: {
            /** Format: date-time */
            dueAt: string;
            /**
             * @example call-the-partner
             * @enum {string}
             */
            suggestedNextStep: "transfer-to-another-partner" | "route-to-a-body" | "complete-and-resend" | "call-the-partner" | "answer-the-caller";
        };
        TransferRejectionView: {
            /** @example 属法律服务事项 */
            note: string | null;
            /** @enum {string} */
            reason: "not-our-matter" | "outside-our-area" | "insufficient-information" | "duplicate" | "caller-unreachable";
            /**
             * @example route-to-a-body
             * @enum {string}
             */
            suggestedNextStep: "transfer-to-another-partner" | "route-to-a-body" | "complete-and-resend" | "call-the-partner" | "answer-the-caller";
        };
        TransferResultView: {
            /** @example 民警到场劝解，双方情绪平稳 */
            actionTaken: string;
            /** Format: date-time */
            completedAt: string;
            /** @enum {string} */
            outcome: "handled" | "referred-elsewhere" | "no-action-needed" | "caller-unreachable";
            /** @example 已告知来电人可向劳动监察部门投诉，并可申请法律援助 */
            replyToCaller: string;
        };
        TransferTicketDto: {
            /** @example 属于劳动保障监察事项，转12345 */
            note?: string | null;
            /**
             * @example 12345
             * @enum {string}
             */
            partner: "12345" | "110" | "12355" | "12368";
            /** @enum {string} */
            reason: "not-ours";
        };
        TransferView: {
            /** Format: date-time */
            acceptedAt: string | null;
            attempts: number;
            /** @enum {string} */
            delivery: "pending" | "delivered" | "failing";
            lastError: string | null;
            overdue: components["schemas"]["TransferOverdueView"] | null;
            /** @enum {string} */
            partner: "12345" | "110" | "12355" | "12368";
            partnerReference: string | null;
            /** @enum {string} */
            reason: "danger" | "not-ours";
            /** @enum {string} */
            receipt: "awaiting-acceptance" | "accepted" | "rejected" | "overdue" | "completed";
            rejection: components["schemas"]["TransferRejectionView"] | null;
            /** Format: date-time */
            requestedAt: string;
            result: components["schemas"]["TransferResultView"] | null;
            /** Format: uuid */
            transferId: string;
            urgent: boolean;
        };
        UndoMergeDto: Record<string, never>;
        WatcherView: {
            /** Format: date-time */
            addedAt: string;
            addedBy: components["schemas"]["ActorView"];
            organisation: string;
            organisationId: string;
            reason: string;
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
    DashboardController_regions: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD (Asia/Shanghai), included; by default 29 days before `to`. At most 366 days up to `to`. */
                from?: string;
                /** @description Leading digits of the region code: "44" or "440000" Guangdong, "4406" or "440600" Foshan, "440605" Nanhai. A supervisor's must lie within its area (else 403 ACCESS.OUTSIDE_AREA). */
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
                    "application/json": components["schemas"]["RegionBreakdownView"];
                };
            };
            /** @description PERIOD.ENDS_BEFORE_START naming `to` or PERIOD.TOO_LONG (more than 366 days) naming `from`, or a malformed `from`, `to` or `regionCode`; `errors` names each field; DASHBOARD.NO_LEVEL_BELOW: `regionCode` names no province, city or county */
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
            /** @description ACCESS.OUTSIDE_AREA: a supervisor asked for a region outside its area; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardController_summary: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD (Asia/Shanghai), included; by default 29 days before `to`. At most 366 days up to `to`. */
                from?: string;
                /** @description Leading digits of the region code: "44" or "440000" Guangdong, "4406" or "440600" Foshan, "440605" Nanhai. A supervisor's must lie within its area (else 403 ACCESS.OUTSIDE_AREA). */
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
                    "application/json": components["schemas"]["DashboardSummaryView"];
                };
            };
            /** @description PERIOD.ENDS_BEFORE_START naming `to` or PERIOD.TOO_LONG (more than 366 days) naming `from`, or a malformed `from`, `to` or `regionCode`; `errors` names each field */
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
            /** @description ACCESS.OUTSIDE_AREA: a supervisor asked for a region outside its area; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardController_ticketsPerDay: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD (Asia/Shanghai), included; by default 29 days before `to`. At most 366 days up to `to`. */
                from?: string;
                /** @description Leading digits of the region code: "44" or "440000" Guangdong, "4406" or "440600" Foshan, "440605" Nanhai. A supervisor's must lie within its area (else 403 ACCESS.OUTSIDE_AREA). */
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
                    "application/json": components["schemas"]["TicketsPerDayView"];
                };
            };
            /** @description PERIOD.ENDS_BEFORE_START naming `to` or PERIOD.TOO_LONG (more than 366 days) naming `from`, or a malformed `from`, `to` or `regionCode`; `errors` names each field */
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
            /** @description ACCESS.OUTSIDE_AREA: a supervisor asked for a region outside its area; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OwnersController_list: {
        parameters: {
            query?: {
                mine?: boolean;
                page?: unknown;
                pageSize?: unknown;
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
                    "application/json": components["schemas"]["OwnerTicketPageView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.ROLE_MISSING, or ACCESS.NO_ORGANISATION: the token names no organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallerAccessController_trail: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                since?: string;
                ticketId?: string;
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
                    "application/json": components["schemas"]["AccessTrailPageView"];
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
    SupervisionController_list: {
        parameters: {
            query?: {
                kind?: "acceptance-overdue" | "danger-reported" | "partner-delivery-failing" | "caller-dissatisfied" | "returned-to-owner" | "partner-transfer-returned";
                page?: unknown;
                pageSize?: unknown;
                since?: string;
                ticketId?: string;
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
                    "application/json": components["schemas"]["SupervisionAlertPageView"];
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
    TicketLookupController_lookUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketLookupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallerLookupView"];
                };
            };
            /** @description A malformed reference or code; `errors` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND, for an unknown reference and a wrong code alike (the same body) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED (per client) or LOOKUP.TOO_MANY_ATTEMPTS (per reference), with Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_list: {
        parameters: {
            query?: {
                callerPhone?: string;
                channel?: "hotline" | "web" | "app" | "wechat" | "station" | "partner";
                firstContactPlatform?: "12348-hotline" | "12348-network" | "12348-station" | "12345" | "110" | "12355" | "12368";
                legalCategory?: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
                openedFrom?: string;
                openedTo?: string;
                page?: unknown;
                pageSize?: unknown;
                regionCode?: string;
                requestType?: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
                status?: "received" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
                ticketNumber?: string;
                watcher?: string;
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
                    "application/json": components["schemas"]["TicketPageView"];
                };
            };
            /** @description A filter is malformed (`ticketNumber`, `callerPhone`, `regionCode`, ...); `errors` names each field */
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
            /** @description PII.NOT_ENTITLED (field `callerPhone`): only hotline agents and leads search by the caller’s phone; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 visible ASCII characters, per organisation: a retry with the same key and body answers the first ticket and opens none */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedTicketView"];
                };
            };
            /** @description Invalid request (a body field such as `firstContact` is refused); `errors` names each field */
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
            /** @description AUTH.ROLE_MISSING, or ACCESS.NO_ORGANISATION: the token names no organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION.UNKNOWN: a region code names no known division; IDEMPOTENCY.KEY_REUSED: the key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_get: {
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
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY (the ticket belongs to another organisation or body) or ACCESS.OUTSIDE_AREA (a supervisor, outside the area); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_answer: {
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
                "application/json": components["schemas"]["AnswerCallerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CallerAccessController_read: {
        parameters: {
            query: {
                purpose: "call-back" | "follow-up-call" | "service-delivery" | "legal-aid-review" | "mediation";
            };
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
                    "application/json": components["schemas"]["CallerDetailsView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PII.NOT_ENTITLED (sees the ticket, masked only), ACCESS.OTHER_BODY (another organisation’s or body’s ticket), AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_close: {
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
                "application/json": components["schemas"]["CloseTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_ANSWERED, TICKET.FOLLOW_UP_MISSING, or TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_followUp: {
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
                "application/json": components["schemas"]["RecordFollowUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_ANSWERED, or TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_merge: {
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
                "application/json": components["schemas"]["MergeTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role (of neither ticket) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.MERGE_TARGET_UNKNOWN, TICKET.MERGE_INTO_ITSELF, TICKET.MERGE_TARGET_CLOSED, or TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_refer: {
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
                "application/json": components["schemas"]["ReferTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.ALREADY_WATCHING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_reopen: {
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
                "application/json": components["schemas"]["ReopenTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_transfer: {
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
                "application/json": components["schemas"]["TransferTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_unmerge: {
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
                "application/json": components["schemas"]["UndoMergeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_OWNER: the token’s organisation is not the platform responsible for the ticket (`responsible`: the first-contact organisation, or for a partner’s forward the 12348 platform that answers it); AUTH.ROLE_MISSING: the token lacks the role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
