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
    "/v1/duty-rota/on-duty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who of one platform is on duty now (or at `at`), with skills and the online questions each holds; the least loaded first */
        get: operations["DutyRotaController_onDuty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/duty-rota/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shifts of one platform’s rota in a period (a week by default), hotline, network and station together
         * @description Shifts that end after `from` and start before `to`, earliest first; filter by platform or person.
         */
        get: operations["DutyRotaController_shifts"];
        put?: never;
        /** Put a shift on the rota: one person, one platform, at most 24 hours, not overlapping their other shifts */
        post: operations["DutyRotaController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/duty-rota/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a shift off the rota */
        delete: operations["DutyRotaController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/duty-rota/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people on one platform’s rota with their skills: platforms, languages and dialects, legal categories */
        get: operations["DutyRotaController_staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/duty-rota/staff/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put a person on the rota or change their skills
         * @description Languages: zh-CN 普通话, yue 粤语, nan 闽南话, nan-x-chaoshan 潮汕话, hak 客家话 (aliases such as zh-HK are stored as their language).
         */
        put: operations["DutyRotaController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/agent-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per-agent figures of a month (律师评价): contacts, resolved at first contact, transfers, follow-up satisfaction, inspection score
         * @description Supervisors inspect the tickets of their area, owner leads those their organisation is responsible for. An agent reads its own row only. Contacts: tickets the agent received first in the month; resolved: resolved at first contact by the agent in the month; transfers: its tickets routed at opening, desk tickets it turned into work orders and partner transfers it asked for in the month; follow-ups: calls recorded in the month on tickets it received or resolved; inspection: its reviewed samples of the month.
         */
        get: operations["InspectionController_agentFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/agent-figures/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My figures of a month, over my organisation’s tickets; zero where none */
        get: operations["InspectionController_myFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draw a month’s samples for quality inspection (服务质检) over the supervisor’s area or the lead’s organisation
         * @description Per agent: every complaint answered and every ticket with a dissatisfied follow-up call in the month, and ceil(share × answered tickets) of the rest at random, seeded by the draw’s id. Answered: resolved at first contact, or a consultation or complaint answered (答复) in the month. One draw per scope and month: drawing again returns it, adding only complaints and dissatisfied follow-ups that came in since. A ticket is sampled at most once a month.
         */
        post: operations["InspectionController_draw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/findings/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge the findings of a reviewed sample of mine; acknowledging again changes nothing
         * @description The id is the sample’s.
         */
        post: operations["InspectionController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/findings/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The findings returned to me: my reviewed samples, newest review first */
        get: operations["InspectionController_findings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Samples to review or reviewed, by month (latest first)
         * @description Supervisors inspect the tickets of their area, owner leads those their organisation is responsible for. Filtered, never refused.
         */
        get: operations["InspectionController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/samples/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sample with what the reviewer reads: the question, the answer given at the desk with its cited articles and knowledge entries, the answer to the caller and the follow-up calls
         * @description Supervisors inspect the tickets of their area, owner leads those their organisation is responsible for.
         */
        get: operations["InspectionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection/samples/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score a sample on the checklist and return the findings to the agent
         * @description Each item rated 0 to 5 and weighted: legal accuracy (法律适用准确) 30, citation (引用法条规范) 20, clarity (表达清晰) 20, attitude (服务态度) 15, case education (个案普法) 15; total out of 100. Graded excellent (优秀) from 90, qualified (合格) from 60, else unqualified (不合格); legal accuracy below 3 is unqualified whatever the total. The reviewer is never the inspected agent.
         */
        post: operations["InspectionController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Knowledge entries by status, kind and category, or the review queue (待审核, `reviewQueue=true`)
         * @description Agents, leads and supervisors see every status; office staff published entries only.
         */
        get: operations["KnowledgeController_list"];
        put?: never;
        /**
         * Draft a knowledge entry (草稿); the token’s person is its author
         * @description Not searchable until submitted, reviewed by someone else and published.
         */
        post: operations["KnowledgeController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A knowledge entry with its pending revision and every version, newest first */
        get: operations["KnowledgeController_get"];
        /**
         * Edit a knowledge entry
         * @description A draft or a returned entry is changed in place (a returned one becomes a draft; submit it again). A published entry gets a revision that goes to review at once; the published text stays searchable and citable until the revision is published, and stays as it was if it is returned. An entry under review, or with a revision under review, cannot be edited until the reviewer decides.
         */
        put: operations["KnowledgeController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/entries/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an entry (停用): no longer searched, suggested or citable; kept with its versions */
        post: operations["KnowledgeController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/entries/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review (审核) an entry or a published entry’s revision: publish it, or return it to its author with a note
         * @description The reviewer must not be its author (or the revision’s editor).
         */
        post: operations["KnowledgeController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/entries/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft or a returned entry to review (提交审核) */
        post: operations["KnowledgeController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/entries/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved change of a knowledge entry (版本), newest first, each with the whole entry as it was after it */
        get: operations["KnowledgeController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the knowledge base (知识库检索) in Chinese: published entries valid today, best first, with highlights
         * @description The text is cut into words (jieba) and widened by synonyms (没发钱 → 欠薪, 拖欠工资 …); any word matches, the last one as a prefix while typing. Ranked by text relevance (title above question above answer) raised for the chosen legal category, for entries written for the caller’s county, city or province (in that order), and for service guides when the question asks how or where to apply.
         */
        get: operations["KnowledgeController_searchEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Entries suggested from the caller’s question as the agent types it (at most 10, 5 by default)
         * @description The question is segmented and ranked as in the search; only titles and citations are returned, to stay light enough to call on every pause in typing.
         */
        get: operations["KnowledgeController_suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/online-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The online question queue: for staff, the questions they may claim now; for supervisors, every open question of their area
         * @description Staff on online duty (a hotline or network shift) see the unclaimed questions of their platform in a language they speak: higher priority first, then overdue ones, then their own legal categories, then the earliest due. Off duty the list is empty and `onDuty` false.
         */
        get: operations["OnlineQuestionsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/online-questions/{ticketId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a question I hold: the answer is recorded on the ticket, which is closed at the desk (即时办结); the asker reads it through their lookup */
        post: operations["OnlineQuestionsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/online-questions/{ticketId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a question to answer it; of two people claiming one question, one gets it */
        post: operations["OnlineQuestionsController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/online-questions/{ticketId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a claimed question back to the queue (the person who holds it, or a lead of the platform) */
        post: operations["OnlineQuestionsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/online-questions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The online questions I hold, unanswered, earliest due first */
        get: operations["OnlineQuestionsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/online-questions/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim the best waiting question for me (see the queue’s order); `question` is null when none I can answer waits */
        post: operations["OnlineQuestionsController_next"];
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
    "/v1/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member of the public asks a legal question online (网络咨询); it waits at the desk of the province’s 12348 network platform
         * @description Opens a consultation kept at the desk (status at-desk) whose first contact is the provincial 12348 platform of the region, on its network platform. The answer gives the ticket number, and the reference and one-time code with which the asker reads the status and, once given, the answer at `POST /api/v1/ticket-lookup`. Limit: 10 questions a minute per client address, as the caller lookup; past it, 429 with Retry-After.
         */
        post: operations["QuestionsController_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/special-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Special lines, newest first; `status=open` lists those taking tickets now (the ticket form’s line picker)
         * @description Readable by everyone signed in. With `regionCode`, only the lines serving that region (lines for the whole platform serve all); with `legalCategory`, only those taking it.
         */
        get: operations["SpecialLinesController_list"];
        put?: never;
        /**
         * Open a special line (专线) for a period, with the priority of its tickets and the categories it takes
         * @description The line serves the region given (within the supervisor’s area), the supervisor’s area when none is given, or the whole platform for `regionCode: null`.
         */
        post: operations["SpecialLinesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/special-lines/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A special line with its period, priority profile, status now and who opened, changed and closed it */
        get: operations["SpecialLinesController_get"];
        /**
         * Change the period, priority profile, categories or name of a line that is not closed
         * @description Replaces the whole profile: a field left out takes its default (no end, no description, the platform’s online answer time). Code and region stay.
         */
        put: operations["SpecialLinesController_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/special-lines/{code}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a line now: the ticket form no longer offers it; its tickets and report stay */
        post: operations["SpecialLinesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/special-lines/{code}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A line’s report (专线报告): its tickets by status and legal category, resolved at first contact, dispatched, follow-up satisfaction, online questions answered in time, and its knowledge section
         * @description Over the line’s tickets opened in the period (Asia/Shanghai days `from` to `to`, both included; by default the line’s own period up to today, at most 366 days) that the reader may count: a supervisor its area’s, an owner lead its organisation’s. Follow-up calls are those recorded in the period.
         */
        get: operations["SpecialLinesController_report"];
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
         * @description Agents and leads: tickets their organisation is responsible for (received first, or answers for a partner) or watches. Office staff: tickets handed (at any time) to their body. Supervisors: tickets in their area. Filtered, never refused. A search by `callerPhone` (matched by its keyed hash) is for agents and leads only and finds only tickets their organisation is responsible for; each ticket it shows is written to the access trail (purpose `search`). The callback list of the desk: `followUpSampled=true&followUpRecorded=false` (tickets resolved at first contact drawn for the follow-up call and not called back yet).
         */
        get: operations["TicketsController_list"];
        put?: never;
        /**
         * Open a ticket (受理) for a request received on a 12348 platform; a consultation answered on the call is closed at once (即时办结)
         * @description The first contact is the token’s organisation and agent; the platform follows from the channel. The answer carries the caller’s lookup reference and one-time code, once. `handling`: `resolve` records the answer and closes the ticket in the same step (ticket.opened.v1 with handling desk, ticket.resolved-at-first-contact.v1, ticket.closed.v1; never routed); `desk` keeps it at the desk (status at-desk); `dispatch` sends it to routing, with a `reason` that a consultation or complaint needs. Absent: consultations and complaints stay at the desk, legal-aid and mediation applications are routed. A dangerous matter goes to 110 and is routed whatever the handling. `specialLine`: the open special line (专线) the request came in on; the ticket takes its priority when higher.
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
    "/v1/tickets/{id}/desk-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The desk answers a ticket kept there and closes it (即时办结)
         * @description For a ticket at the desk (at-desk), reopened after an earlier desk answer, or back from a partner hotline. Emits ticket.resolved-at-first-contact.v1 and ticket.closed.v1; the answer is the caller’s answer, shown to the asker at the caller lookup. Drawn for the follow-up call by DESK_FOLLOW_UP_SAMPLE_SHARE (`followUpSampled`).
         */
        post: operations["TicketsController_resolveAtDesk"];
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
        /**
         * The responsible platform recorded the follow-up call (回访); a dissatisfied caller reopens the ticket under supervision
         * @description Also on a ticket closed at the desk (即时办结): recorded on the closed ticket; a dissatisfied caller or an unresolved matter reopens it for the desk, to be answered again or turned into a work order.
         */
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
         * @description From at-desk (a question that is not the legal service’s), returned-to-owner or reopened, also after an earlier transfer came back (rejected, or not accepted in time). The partner’s receipts (accepted, rejected, overdue, progress, result) appear in `transfers[].receipt` and the timeline.
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
    "/v1/tickets/{id}/work-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The desk turns a ticket kept there into a work order, sent to routing (e.g. a consultation becomes a legal-aid application)
         * @description For a desk ticket never sent to routing: at-desk, closed at the desk (reopened in the same step), reopened, or back from a partner hotline. The ticket keeps its number, owner and history; its handling becomes dispatch, its status received, and ticket.dispatch-requested.v1 carries it to routing as it now stands.
         */
        post: operations["TicketsController_workOrder"];
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
        AddShiftDto: {
            /** @example 2026-11-23T20:00:00+08:00 */
            endsAt: string;
            note?: string;
            /** @example bfb6ce16-527c-59d2-9e55-4a8b19e8070e */
            personSubject: string;
            /** @enum {string} */
            platform: "hotline" | "network" | "station";
            /** @example 2026-11-23T08:00:00+08:00 */
            startsAt: string;
        };
        AgentDrawCountView: {
            /** @description Token subject of the agent. */
            agentId: string;
            /** @example 林晓 */
            agentName: string | null;
            /** @description Tickets the agent answered in the month (resolved at first contact, or a consultation or complaint answered). */
            answered: number;
            /** @description Complaints sampled by this draw. */
            complaint: number;
            /** @description Tickets with a dissatisfied follow-up call sampled by this draw. */
            dissatisfiedFollowUp: number;
            /** @description Sampled at random by this draw. */
            random: number;
        };
        AgentFiguresView: {
            /** @description One row per agent with any figure in the month, by agent id. */
            agents: components["schemas"]["AgentFigureView"][];
            /**
             * @description A calendar month in Asia/Shanghai, YYYY-MM.
             * @example 2026-11
             */
            period: string;
        };
        AgentFigureView: {
            /** @description Token subject of the agent. */
            agentId: string;
            /** @example 林晓 */
            agentName: string | null;
            /** @description Tickets the agent received first (opened) in the month. */
            contacts: number;
            followUps: components["schemas"]["FollowUpFiguresView"];
            inspection: components["schemas"]["InspectionFiguresView"];
            /** @description Tickets the agent resolved at first contact (即时办结) in the month. */
            resolvedAtFirstContact: number;
            transfers: components["schemas"]["TransferFiguresView"];
        };
        AnswerCallerDto: {
            /** @example 已告知来电人南海区法律援助中心已受理，并指派律师跟进。 */
            answer: string;
        };
        AnswerOnlineQuestionDto: {
            /** @example 根据《保障农民工工资支付条例》第三十条，分包单位拖欠农民工工资的，由施工总承包单位先行清偿…… */
            answer: string;
            caseEducationGiven: boolean;
            /**
             * @example [
             *       "《保障农民工工资支付条例》第三十条"
             *     ]
             */
            citedArticles: string[];
            knowledgeEntryIds: string[];
        };
        AnswerView: {
            answer: string;
            /** Format: date-time */
            answeredAt: string;
            answeredBy: components["schemas"]["ActorView"];
        };
        AskQuestionDto: {
            /** @example 陈大明 */
            callerName: string;
            /** @example 13812345678 */
            callerPhone: string;
            /**
             * @example wechat
             * @enum {string}
             */
            channel: "web" | "app" | "wechat";
            /**
             * @default zh-CN
             * @example yue
             */
            language: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /** @example 我在南海区一家工厂上班，老板拖欠了三个月工资，我该怎么办？ */
            question: string;
            /** @example 440605011 */
            regionCode: string;
            /** @example migrant-wages */
            specialLine?: string;
        };
        CallerAnswerView: {
            answer: string;
            /** Format: date-time */
            answeredAt: string;
            answeredBy: string | null;
        };
        CallerDeskAnswerView: {
            /** @example 用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。 */
            answer: string;
            /** Format: date-time */
            answeredAt: string;
            /**
             * @example [
             *       "《劳动争议调解仲裁法》第二十七条"
             *     ]
             */
            citedArticles: string[];
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
            answer: components["schemas"]["CallerDeskAnswerView"] | null;
            /** @enum {string} */
            coarseStatus: "open" | "closed";
            nextStep: components["schemas"]["NextStepView"];
            /** @enum {string} */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        CategoryCountView: {
            count: number;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
        };
        ChangeSpecialLineDto: {
            /**
             * @default
             * @example 为农民工追索劳动报酬提供优先咨询和法律援助转办，免予经济困难审查（法律援助法第四十二条）。
             */
            description: string;
            /**
             * @description When it stops; after `startsAt` and in the future (400 SPECIAL_LINE.ENDS_BEFORE_START or ENDS_IN_PAST). Null or absent: open until closed.
             * @example 2027-03-01T00:00:00+08:00
             */
            endsAt?: string | null;
            /**
             * @description Legal categories the line takes.
             * @example [
             *       "labour-remuneration",
             *       "labour-relations",
             *       "work-injury"
             *     ]
             */
            legalCategories: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            /** @example 农民工欠薪求助专线 */
            name: string;
            /**
             * @description Working hours (business calendar) within which an online question on the line is answered; null or absent: the platform default.
             * @example 4
             */
            onlineAnswerHours?: number | null;
            /**
             * @description The priority of tickets opened on the line, at least (an urgent matter stays urgent).
             * @example urgent
             * @enum {string}
             */
            priority: "normal" | "urgent" | "green-channel";
            /**
             * @description When the line starts taking tickets, with an offset.
             * @example 2026-12-01T00:00:00+08:00
             */
            startsAt: string;
        };
        ChecklistScoresDto: {
            /** @description Attitude (服务态度), 15 points. */
            attitude: number;
            /** @description Legal education for the caller’s own case (个案普法), 15 points. */
            caseEducation: number;
            /** @description Citation of articles (引用法条规范), 20 points. */
            citation: number;
            /** @description Clarity (表达清晰), 20 points. */
            clarity: number;
            /** @description Legal accuracy (法律适用准确), 30 points; below 3 the answer is unqualified whatever its total. */
            legalAccuracy: number;
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
        DeskAnswerView: {
            answer: string;
            /** @description Legal education for the caller’s own case (个案普法) was given. */
            caseEducationGiven: boolean;
            /**
             * @example [
             *       "《劳动争议调解仲裁法》第二十七条"
             *     ]
             */
            citedArticles: string[];
            /** @description Knowledge base entries (知识库) the answer relied on. */
            knowledgeEntryIds: string[];
            /** Format: date-time */
            resolvedAt: string;
            /** @example 林晓 */
            resolvedBy: string | null;
        };
        DeskResolutionDto: {
            /** @example 用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。 */
            answer: string;
            caseEducationGiven: boolean;
            /**
             * @default []
             * @example [
             *       "《劳动争议调解仲裁法》第二十七条"
             *     ]
             */
            citedArticles: string[];
            /** @default [] */
            knowledgeEntryIds: string[];
        };
        DeskResolutionView: {
            /** @example 用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。 */
            answer: string;
            caseEducationGiven: boolean;
            /**
             * @example [
             *       "《劳动争议调解仲裁法》第二十七条"
             *     ]
             */
            citedArticles: string[];
            knowledgeEntryIds: string[];
            /** Format: date-time */
            resolvedAt: string;
            resolvedBy: components["schemas"]["ActorView"];
        };
        DispatchView: {
            /**
             * @example consultation
             * @enum {string}
             */
            previousRequestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            /** @example 来电人咨询后决定申请法律援助 */
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: components["schemas"]["ActorView"];
            /**
             * @example legal-aid-application
             * @enum {string}
             */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
        };
        DrawCountsView: {
            answered: number;
            /** @description Per agent with answered or sampled tickets, by agent id. */
            byAgent: components["schemas"]["AgentDrawCountView"][];
            complaint: number;
            dissatisfiedFollowUp: number;
            random: number;
        };
        DrawSamplesDto: {
            /**
             * @description Draw over this organisation’s tickets: the owner lead’s own organisation. Without it, a supervisor draws over its area.
             * @example 12348-gd
             */
            organisationId?: string;
            /**
             * @description A calendar month in Asia/Shanghai, YYYY-MM.
             * @example 2026-11
             */
            period: string;
            /**
             * @description Share of each agent’s answered tickets drawn at random, more than 0 and at most 1; INSPECTION_SAMPLE_SHARE by default. Only the first draw of the scope and month uses it.
             * @example 0.05
             */
            share?: number;
        };
        DrawScopeView: {
            /** @enum {string} */
            kind: "area" | "organisation";
            /** @description The organisation whose tickets are drawn; null for an area. */
            organisationId: string | null;
            /** @description Leading digits of the region codes of the area ("4406" Foshan); null for an organisation. */
            regionPrefix: string | null;
        };
        DrawView: {
            /** @description Samples this request added: on a repeated draw, complaints and dissatisfied follow-ups that came in since. */
            added: number;
            /** @description What the draw holds in all. */
            counts: components["schemas"]["DrawCountsView"];
            /** Format: date-time */
            drawnAt: string;
            /**
             * @description Name of who drew first.
             * @example 陈静
             */
            drawnBy: string;
            /** @description This request made the draw; false when it drew again. */
            firstDrawn: boolean;
            /**
             * Format: uuid
             * @description Also the seed of the random part: the same id and tickets give the same sample.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it was last drawn (again).
             */
            lastDrawnAt: string;
            /**
             * @description A calendar month in Asia/Shanghai, YYYY-MM.
             * @example 2026-11
             */
            period: string;
            scope: components["schemas"]["DrawScopeView"];
            /** @example 0.05 */
            share: number;
        };
        DutyShiftListView: {
            /** Format: date-time */
            from: string;
            items: components["schemas"]["DutyShiftView"][];
            /** Format: date-time */
            to: string;
        };
        DutyShiftView: {
            createdBy: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            organisationId: string;
            personName: string;
            personSubject: string;
            /** @enum {string} */
            platform: "hotline" | "network" | "station";
            /** Format: date-time */
            startsAt: string;
        };
        DutyStaffListView: {
            items: components["schemas"]["DutyStaffView"][];
        };
        DutyStaffView: {
            active: boolean;
            languages: ("zh-CN" | "yue" | "nan" | "nan-x-chaoshan" | "hak")[];
            /** @description Empty: all categories */
            legalCategories: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            name: string;
            organisation: string;
            organisationId: string;
            platforms: ("hotline" | "network" | "station")[];
            subject: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FindingPageView: {
            /** @description Newest review first */
            items: components["schemas"]["SampleSummaryView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
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
        FollowUpCallView: {
            /** Format: date-time */
            recordedAt: string;
            /** @enum {string} */
            result: "resolved" | "partly-resolved" | "unresolved";
            /** @enum {string} */
            satisfaction: "satisfied" | "basically-satisfied" | "dissatisfied";
        };
        FollowUpFiguresView: {
            basicallySatisfied: number;
            dissatisfied: number;
            satisfied: number;
            /**
             * @description Satisfied and basically satisfied over all calls, 0 to 1 to four decimals; null without calls.
             * @example 0.9231
             */
            satisfiedRate: number | null;
            /** @description Follow-up calls recorded in the month on tickets the agent opened or resolved. */
            total: number;
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
        InspectionFiguresView: {
            /**
             * @description Mean total of those, to one decimal; null without any.
             * @example 86.5
             */
            meanScore: number | null;
            /** @description Reviewed samples of the month. */
            reviewed: number;
            /** @description Of those, unqualified (不合格). */
            unqualified: number;
        };
        KnowledgeEntryDetailView: {
            answer: string;
            author: components["schemas"]["PersonView"];
            /** @description In the review queue: itself, or a revision of it, awaits review. */
            awaitsReview: boolean;
            citedArticles: string[];
            /** Format: date-time */
            createdAt: string;
            guide: components["schemas"]["ServiceGuideDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "faq" | "lawyer-opinion" | "service-guide";
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /** Format: date-time */
            publishedAt: string | null;
            question: string;
            regionCodes: string[];
            /** @description Who last reviewed it. */
            reviewer: components["schemas"]["PersonView"] | null;
            /** @description The last reviewer's note; for a returned entry, what to change. */
            reviewNote: string | null;
            /** @description Changes proposed to a published entry, while they are reviewed. */
            revision: components["schemas"]["RevisionView"] | null;
            specialLineCodes: string[];
            /**
             * @description draft 草稿, in-review 审核中, published 已发布, returned 已退回, retired 已停用.
             * @enum {string}
             */
            status: "draft" | "in-review" | "published" | "returned" | "retired";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string | null;
            /** @description Increases with every saved change; each is kept (GET …/versions). */
            version: number;
            /** @description Every saved change, newest first. */
            versions: components["schemas"]["KnowledgeVersionView"][];
        };
        KnowledgeEntryDto: {
            /** @description The answer; for a service guide the guide in prose. */
            answer: string;
            /**
             * @description Articles relied on, each naming the law and article.
             * @example [
             *       "《中华人民共和国劳动合同法》第三十条"
             *     ]
             */
            citedArticles?: string[];
            /** @description Required for, and only for, a service guide. */
            guide?: components["schemas"]["ServiceGuideDto"] | null;
            /**
             * @description faq 常见问题, lawyer-opinion 标准律师意见, service-guide 办事指南.
             * @enum {string}
             */
            kind: "faq" | "lawyer-opinion" | "service-guide";
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /**
             * @description The question as callers ask it.
             * @example 公司已经三个月没发工资了，老板一直拖着，我该怎么办？
             */
            question: string;
            /**
             * @description Regions it applies to, as leading digits of region codes ("44" Guangdong, "4406" Foshan, "440605" Nanhai; 440000 is read as 44); each covers its sub-regions. Empty or absent: everywhere.
             * @example [
             *       "4406"
             *     ]
             */
            regionCodes?: string[];
            /**
             * @description Special lines (专线) whose knowledge section holds the entry, by code.
             * @example [
             *       "migrant-wages"
             *     ]
             */
            specialLineCodes?: string[];
            /** @example 用人单位拖欠工资怎么办 */
            title: string;
            /**
             * Format: date
             * @description First day it applies, YYYY-MM-DD (Asia/Shanghai).
             * @example 2026-01-01
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day it applies, included; null or absent for no end.
             */
            validUntil?: string | null;
        };
        KnowledgeEntryPageView: {
            /** @description Latest change first; the review queue oldest first */
            items: components["schemas"]["KnowledgeEntryView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        KnowledgeEntryView: {
            answer: string;
            author: components["schemas"]["PersonView"];
            /** @description In the review queue: itself, or a revision of it, awaits review. */
            awaitsReview: boolean;
            citedArticles: string[];
            /** Format: date-time */
            createdAt: string;
            guide: components["schemas"]["ServiceGuideDto"] | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "faq" | "lawyer-opinion" | "service-guide";
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /** Format: date-time */
            publishedAt: string | null;
            question: string;
            regionCodes: string[];
            /** @description Who last reviewed it. */
            reviewer: components["schemas"]["PersonView"] | null;
            /** @description The last reviewer's note; for a returned entry, what to change. */
            reviewNote: string | null;
            /** @description Changes proposed to a published entry, while they are reviewed. */
            revision: components["schemas"]["RevisionView"] | null;
            specialLineCodes: string[];
            /**
             * @description draft 草稿, in-review 审核中, published 已发布, returned 已退回, retired 已停用.
             * @enum {string}
             */
            status: "draft" | "in-review" | "published" | "returned" | "retired";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string | null;
            /** @description Increases with every saved change; each is kept (GET …/versions). */
            version: number;
        };
        KnowledgeHitView: {
            /** @description Articles the entry relies on, to cite in the answer. */
            citedArticles: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "faq" | "lawyer-opinion" | "service-guide";
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Region prefixes it applies to; empty for everywhere. */
            regionCodes: string[];
            /**
             * @description Text relevance times one plus the category, region and kind boosts; higher is better.
             * @example 0.42
             */
            score: number;
            /** @description Up to 90 characters of the answer (or question) around the first match; … where cut. */
            snippet: string;
            snippetMarks: components["schemas"]["MarkView"][];
            /** @example 用人单位拖欠工资怎么办 */
            title: string;
            /** @description Where the query’s words (and their synonyms) occur in the title. */
            titleMarks: components["schemas"]["MarkView"][];
        };
        KnowledgeSearchView: {
            /** @description Published entries valid today, best first. */
            hits: components["schemas"]["KnowledgeHitView"][];
            query: components["schemas"]["SearchTermsView"];
        };
        KnowledgeSuggestionsView: {
            /** @description Published entries valid today, best first. */
            suggestions: components["schemas"]["KnowledgeSuggestionView"][];
        };
        KnowledgeSuggestionView: {
            /** @description Articles the entry relies on, to cite in the answer. */
            citedArticles: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "faq" | "lawyer-opinion" | "service-guide";
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /**
             * @description Text relevance times one plus the category, region and kind boosts; higher is better.
             * @example 0.42
             */
            score: number;
            /** @example 用人单位拖欠工资怎么办 */
            title: string;
            /** @description Where the query’s words (and their synonyms) occur in the title. */
            titleMarks: components["schemas"]["MarkView"][];
        };
        KnowledgeVersionView: {
            /** Format: date-time */
            changedAt: string;
            changedBy: components["schemas"]["PersonView"];
            /**
             * @description drafted, edited, submitted for review, published, returned: <note>, revision submitted for review, revision published, retired …
             * @example returned: 请补充仲裁时效的说明
             */
            changeNote: string;
            /** @description The whole entry as it was after the change (as KnowledgeEntryView, without awaitsReview). */
            snapshot: {
                [key: string]: unknown;
            };
            version: number;
        };
        LineFollowUpsView: {
            /** @description Every level in order, zero where none. */
            bySatisfaction: components["schemas"]["SatisfactionCountView"][];
            /** @description Follow-up calls (回访) recorded in the period on the line’s tickets. */
            calls: number;
            /** @description Satisfied and basically satisfied over all calls; null without calls. */
            satisfiedRate: number | null;
        };
        LineKnowledgeSectionView: {
            /** @description Knowledge entries tagged with the line, whatever their status. */
            entries: number;
            /** @description Of those, published. */
            published: number;
        };
        LineOnlineQuestionsView: {
            answered: number;
            /** @description Answered by the time they were due. */
            answeredInTime: number;
            /** @description Online questions on the line’s tickets opened in the period. */
            asked: number;
            /** @description Answered in time over answered; null when none was answered. */
            inTimeRate: number | null;
            /** @description Not answered and past due now. */
            overdue: number;
        };
        LineTicketsView: {
            /** @description Of those, closed or merged now. */
            closed: number;
            /** @description Of those dispatched, first kept at the desk and turned into a work order afterwards. */
            convertedFromDesk: number;
            /** @description Sent on as work orders (legal aid, mediation, a body or a partner), at opening or later. */
            dispatched: number;
            /** @description Resolved at first contact over opened, to four decimals; null without tickets. */
            firstContactResolutionRate: number | null;
            /** @description Of those, still open now. */
            open: number;
            /** @description Tickets opened on the line in the period. */
            opened: number;
            /** @description Answered and closed by the agent in the call (即时办结). */
            resolvedAtFirstContact: number;
        };
        MarkView: {
            length: number;
            /** @description Offset in UTF-16 code units, as JavaScript strings count. */
            start: number;
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
            statusBefore: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        MyFiguresView: {
            /** @description Token subject of the agent. */
            agentId: string;
            /** @example 林晓 */
            agentName: string | null;
            /** @description Tickets the agent received first (opened) in the month. */
            contacts: number;
            followUps: components["schemas"]["FollowUpFiguresView"];
            inspection: components["schemas"]["InspectionFiguresView"];
            /**
             * @description A calendar month in Asia/Shanghai, YYYY-MM.
             * @example 2026-11
             */
            period: string;
            /** @description Tickets the agent resolved at first contact (即时办结) in the month. */
            resolvedAtFirstContact: number;
            transfers: components["schemas"]["TransferFiguresView"];
        };
        NextOnlineQuestionView: {
            question: components["schemas"]["OnlineQuestionView"] | null;
        };
        NextStepView: {
            /** @example A handling body has accepted your request and will contact you. */
            en: string;
            /** @example 承办单位已受理您的诉求，将与您联系。 */
            zh: string;
        };
        OnDutyPersonView: {
            active: boolean;
            claimedTicketIds: string[];
            languages: ("zh-CN" | "yue" | "nan" | "nan-x-chaoshan" | "hak")[];
            /** @description Empty: all categories */
            legalCategories: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            name: string;
            openClaims: number;
            organisation: string;
            organisationId: string;
            platforms: ("hotline" | "network" | "station")[];
            shift: components["schemas"]["OnDutyShiftView"];
            subject: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OnDutyShiftView: {
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            platform: "hotline" | "network" | "station";
            /** Format: date-time */
            startsAt: string;
        };
        OnDutyView: {
            /** Format: date-time */
            at: string;
            items: components["schemas"]["OnDutyPersonView"][];
            organisationId: string;
        };
        OnlineQuestionListView: {
            items: components["schemas"]["OnlineQuestionView"][];
        };
        OnlineQuestionView: {
            /** @enum {string} */
            answerLanguage: "zh-CN" | "yue" | "nan" | "nan-x-chaoshan" | "hak";
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "wechat" | "station" | "partner";
            /** Format: date-time */
            claimedAt: string | null;
            claimedBy: string | null;
            claimedByName: string | null;
            /** Format: date-time */
            dueAt: string;
            /** @example zh-HK */
            language: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            overdue: boolean;
            /** Format: date-time */
            overdueAlertedAt: string | null;
            /** @enum {string} */
            priority: "urgent" | "green-channel" | "normal";
            question: string;
            /** Format: date-time */
            receivedAt: string;
            regionCode: string;
            specialLineCode: string | null;
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
        };
        OnlineQueueView: {
            items: components["schemas"]["OnlineQuestionView"][];
            maxOpenClaims: number;
            onDuty: boolean | null;
            openClaims: number | null;
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
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
        };
        OpeningHandlingDto: {
            answer?: string;
            caseEducationGiven?: boolean;
            /** @default [] */
            citedArticles: string[];
            /** @default [] */
            knowledgeEntryIds: string[];
            /**
             * @example resolve
             * @enum {string}
             */
            mode: "resolve" | "desk" | "dispatch";
            /** @example 来电人要求申请法律援助，需法律援助机构审查 */
            reason?: string;
        };
        OpenSpecialLineDto: {
            /**
             * @description Stable code tickets and events name the line by; never reused.
             * @example migrant-wages
             */
            code: string;
            /**
             * @default
             * @example 为农民工追索劳动报酬提供优先咨询和法律援助转办，免予经济困难审查（法律援助法第四十二条）。
             */
            description: string;
            /**
             * @description When it stops; after `startsAt` and in the future (400 SPECIAL_LINE.ENDS_BEFORE_START or ENDS_IN_PAST). Null or absent: open until closed.
             * @example 2027-03-01T00:00:00+08:00
             */
            endsAt?: string | null;
            /**
             * @description Legal categories the line takes.
             * @example [
             *       "labour-remuneration",
             *       "labour-relations",
             *       "work-injury"
             *     ]
             */
            legalCategories: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            /** @example 农民工欠薪求助专线 */
            name: string;
            /**
             * @description Working hours (business calendar) within which an online question on the line is answered; null or absent: the platform default.
             * @example 4
             */
            onlineAnswerHours?: number | null;
            /**
             * @description The priority of tickets opened on the line, at least (an urgent matter stays urgent).
             * @example urgent
             * @enum {string}
             */
            priority: "normal" | "urgent" | "green-channel";
            /**
             * @description The province, city or county the line serves (6 digits); within the supervisor’s area (else 403 ACCESS.OUTSIDE_AREA). Null: the whole platform, for a province’s supervisors only (else 403 SPECIAL_LINE.PLATFORM_WIDE). Absent: the supervisor’s area.
             * @example 440000
             */
            regionCode?: string | null;
            /**
             * @description When the line starts taking tickets, with an offset.
             * @example 2026-12-01T00:00:00+08:00
             */
            startsAt: string;
        };
        OpenTicketDto: {
            caller: components["schemas"]["CallerDto"];
            /**
             * @example hotline
             * @enum {string}
             */
            channel: "hotline" | "web" | "app" | "wechat" | "station";
            flags?: components["schemas"]["TicketFlagsDto"];
            handling?: components["schemas"]["OpeningHandlingDto"];
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            matterLocation?: components["schemas"]["MatterLocationDto"];
            /** @example 440605011 */
            regionCode: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            /** @example migrant-wages */
            specialLine?: string;
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
            followUpSampled: boolean;
            /**
             * @example desk
             * @enum {string}
             */
            handling: "dispatch" | "desk";
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
            /** @example migrant-wages */
            specialLine: string | null;
            /** @enum {string} */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
            /** @example 12348-20261123-000042 */
            ticketNumber: string;
            /** @enum {string} */
            waitingOn: "routing" | "handling-body" | "partner" | "owner" | "nobody";
        };
        PersonView: {
            /** @description The person's token subject. */
            id: string;
            /** @example 林晓 */
            name: string;
        };
        PossibleDuplicateView: {
            /** Format: uuid */
            id: string;
            /** @example 12348-20261120-000017 */
            ticketNumber: string;
        };
        PutDutyStaffDto: {
            /** @default true */
            active: boolean;
            /**
             * @description One or more of zh-CN, yue, nan, nan-x-chaoshan, hak
             * @example [
             *       "zh-CN",
             *       "yue"
             *     ]
             */
            languages: string[];
            /**
             * @example [
             *       "labour-remuneration",
             *       "work-injury"
             *     ]
             */
            legalCategories: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            /** @example 林晓 */
            name: string;
            /** @example 12348-gd */
            organisationId?: string;
            /**
             * @example [
             *       "hotline",
             *       "network"
             *     ]
             */
            platforms: ("hotline" | "network" | "station")[];
        };
        QuestionReceiptView: {
            /** @example 482913 */
            code: string;
            /** @example 7K3M9Q2XHP */
            reference: string;
            /** @example 12348-20261123-000042 */
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
        RetireEntryDto: {
            /** @description Why it is retired, e.g. the law it relies on changed. */
            note?: string | null;
        };
        ReviewEntryDto: {
            /**
             * @description publish 发布, or return 退回 to the author with a note.
             * @enum {string}
             */
            decision: "publish" | "return";
            /**
             * @description Required to return: what to change. Kept with the entry and its version.
             * @example 请补充劳动争议调解仲裁法第二十七条关于仲裁时效的说明
             */
            note?: string | null;
        };
        ReviewSampleDto: {
            /**
             * @description The findings returned to the agent.
             * @example 法律适用准确，建议引用《劳动争议调解仲裁法》第二十七条时说明时效起算点。
             */
            findings: string;
            /** @description Every checklist item rated with a whole number 0 to 5. */
            scores: components["schemas"]["ChecklistScoresDto"];
        };
        ReviewView: {
            /**
             * Format: date-time
             * @description When the agent acknowledged the findings; null until then.
             */
            acknowledgedAt: string | null;
            findings: string;
            /**
             * @description excellent 优秀 (90 and over), qualified 合格 (60 and over), unqualified 不合格 (below 60, or legal accuracy rated below 3).
             * @enum {string}
             */
            grade: "excellent" | "qualified" | "unqualified";
            /** @description Legal accuracy was rated below 3: unqualified whatever the total. */
            legalAccuracyFailed: boolean;
            /** Format: date-time */
            reviewedAt: string;
            /** @example 陈静 */
            reviewerName: string;
            scores: components["schemas"]["ChecklistScoresDto"];
            /** @description Out of 100: legal accuracy 30, citation 20, clarity 20, attitude 15, case education 15. */
            total: number;
        };
        RevisionContentView: {
            answer: string;
            citedArticles: string[];
            guide: components["schemas"]["ServiceGuideDto"] | null;
            /** @enum {string} */
            kind: "faq" | "lawyer-opinion" | "service-guide";
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            question: string;
            regionCodes: string[];
            specialLineCodes: string[];
            title: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string | null;
        };
        RevisionView: {
            /** @description The proposed text; the published text stays in use until it is published. */
            content: components["schemas"]["RevisionContentView"];
            /** Format: date-time */
            editedAt: string;
            editedBy: components["schemas"]["PersonView"];
            reviewNote: string | null;
            /**
             * @description in-review: awaits a reviewer; returned: the reviewer asked for changes (reviewNote).
             * @enum {string}
             */
            status: "in-review" | "returned";
        };
        SampledTicketView: {
            /** @description The (latest) answer to the caller (答复). */
            answer: components["schemas"]["CallerAnswerView"] | null;
            /** @example hotline */
            channel: string;
            /** @description The answer given at first contact (即时办结); null if it was not resolved at the desk. */
            deskAnswer: components["schemas"]["DeskAnswerView"] | null;
            /** @description The note of the latest follow-up call. */
            followUpNote: string | null;
            /** @description Every follow-up call (回访), oldest first. */
            followUps: components["schemas"]["FollowUpCallView"][];
            /** Format: date-time */
            openedAt: string;
            /** @example closed */
            status: string;
        };
        SamplePageView: {
            /** @description By month, latest first, then as drawn */
            items: components["schemas"]["SampleSummaryView"][];
            page: number;
            pageSize: number;
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        SampleSummaryView: {
            /** @description Token subject of the inspected agent. */
            agentId: string;
            /** @example 林晓 */
            agentName: string | null;
            /** Format: uuid */
            drawId: string;
            /** Format: date-time */
            drawnAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /**
             * @description The organisation responsible for the ticket.
             * @example 12348-gd
             */
            organisationId: string;
            /**
             * @description A calendar month in Asia/Shanghai, YYYY-MM.
             * @example 2026-11
             */
            period: string;
            /** @description What the caller asked: the ticket’s summary. */
            question: string;
            /**
             * @description random: the random share; complaint: every complaint; dissatisfied-follow-up: every dissatisfied follow-up call.
             * @enum {string}
             */
            reason: "random" | "complaint" | "dissatisfied-follow-up";
            /** @example 440605011 */
            regionCode: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            /** @description null while pending. */
            review: components["schemas"]["ReviewView"] | null;
            /** @enum {string} */
            state: "pending" | "reviewed";
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261105-000017 */
            ticketNumber: string;
        };
        SampleView: {
            /** @description Token subject of the inspected agent. */
            agentId: string;
            /** @example 林晓 */
            agentName: string | null;
            /** Format: uuid */
            drawId: string;
            /** Format: date-time */
            drawnAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalCategory: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
            /**
             * @description The organisation responsible for the ticket.
             * @example 12348-gd
             */
            organisationId: string;
            /**
             * @description A calendar month in Asia/Shanghai, YYYY-MM.
             * @example 2026-11
             */
            period: string;
            /** @description What the caller asked: the ticket’s summary. */
            question: string;
            /**
             * @description random: the random share; complaint: every complaint; dissatisfied-follow-up: every dissatisfied follow-up call.
             * @enum {string}
             */
            reason: "random" | "complaint" | "dissatisfied-follow-up";
            /** @example 440605011 */
            regionCode: string;
            /** @enum {string} */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
            /** @description null while pending. */
            review: components["schemas"]["ReviewView"] | null;
            /** @enum {string} */
            state: "pending" | "reviewed";
            ticket: components["schemas"]["SampledTicketView"];
            /** Format: uuid */
            ticketId: string;
            /** @example 12348-20261105-000017 */
            ticketNumber: string;
        };
        SatisfactionCountView: {
            count: number;
            /** @enum {string} */
            satisfaction: "satisfied" | "basically-satisfied" | "dissatisfied";
        };
        SearchTermsView: {
            /** @description The last word, matched as a prefix while typing. */
            prefix: string | null;
            /**
             * @description Whole words searched for, synonyms included; any one matches.
             * @example [
             *       "老板",
             *       "发钱",
             *       "欠薪",
             *       "拖欠",
             *       "工资"
             *     ]
             */
            terms: string[];
        };
        ServiceGuideDto: {
            /**
             * @description The body to apply to (受理机构).
             * @example 事由发生地的县级法律援助中心
             */
            body: string;
            /**
             * @description Materials to bring (申请材料), one per item.
             * @example [
             *       "居民身份证",
             *       "经济困难状况说明表",
             *       "与所申请事项有关的材料"
             *     ]
             */
            materials: string[];
            /**
             * @description The time limit the body works to, as told to callers.
             * @example 收到申请之日起7日内作出是否给予法律援助的决定（法律援助法第四十三条）
             */
            timeLimit?: string | null;
            /**
             * @description Where and how to apply: address, window, online channel.
             * @example 到县（区）公共法律服务中心法律援助窗口，或在12348网上平台在线申请
             */
            whereToApply: string;
        };
        SpecialChannelView: {
            /** @example Veterans Protection Law Art. 70 */
            basis: string;
            reason: string;
        };
        SpecialLineListView: {
            /** @description Newest start first. */
            lines: components["schemas"]["SpecialLineView"][];
        };
        SpecialLineReportView: {
            /** @description Tickets opened in the period per legal category; no row where none. */
            byLegalCategory: components["schemas"]["CategoryCountView"][];
            /** @description Status now of the tickets opened in the period, every status in order. */
            byStatus: components["schemas"]["StatusCountView"][];
            /** @example migrant-wages */
            code: string;
            followUps: components["schemas"]["LineFollowUpsView"];
            /**
             * Format: date
             * @description First day (Asia/Shanghai), included.
             * @example 2026-12-01
             */
            from: string;
            /** @description The line’s knowledge section now; null where the platform keeps no knowledge base. */
            knowledgeSection: components["schemas"]["LineKnowledgeSectionView"] | null;
            /** @example 农民工欠薪求助专线 */
            name: string;
            /** @description Null where the platform keeps no online question queue. */
            onlineQuestions: components["schemas"]["LineOnlineQuestionsView"] | null;
            tickets: components["schemas"]["LineTicketsView"];
            /**
             * Format: date
             * @description Last day, included.
             * @example 2026-12-31
             */
            to: string;
        };
        SpecialLineView: {
            /** Format: date-time */
            changedAt: string | null;
            /** @description Who last changed its period or profile. */
            changedBy: components["schemas"]["ActorView"] | null;
            /** Format: date-time */
            closedAt: string | null;
            closedBy: components["schemas"]["ActorView"] | null;
            /** @example migrant-wages */
            code: string;
            description: string;
            /** Format: date-time */
            endsAt: string | null;
            legalCategories: ("labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other")[];
            /** @example 农民工欠薪求助专线 */
            name: string;
            /** @description Working hours to answer an online question; null: the platform default. */
            onlineAnswerHours: number | null;
            /** Format: date-time */
            openedAt: string;
            openedBy: components["schemas"]["ActorView"];
            /** @enum {string} */
            priority: "normal" | "urgent" | "green-channel";
            /**
             * @description The region the line serves; null: the whole platform.
             * @example 440000
             */
            regionCode: string | null;
            /**
             * @description Its name in the region catalog; null for the whole platform.
             * @example 广东省
             */
            regionName: string | null;
            /** Format: date-time */
            startsAt: string;
            /**
             * @description At the time of the answer: open (taking tickets), scheduled (starts later), ended (period over), closed.
             * @enum {string}
             */
            status: "open" | "scheduled" | "ended" | "closed";
        };
        StatusCountView: {
            count: number;
            /** @enum {string} */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        SubmitEntryDto: Record<string, never>;
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
            kind: "acceptance-overdue" | "danger-reported" | "partner-delivery-failing" | "caller-dissatisfied" | "returned-to-owner" | "partner-transfer-returned" | "online-question-overdue";
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
            followUpSampled: boolean;
            /**
             * @example desk
             * @enum {string}
             */
            handling: "dispatch" | "desk";
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
            /** @example migrant-wages */
            specialLine: string | null;
            /** @enum {string} */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
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
            deskResolution: components["schemas"]["DeskResolutionView"] | null;
            dispatch: components["schemas"]["DispatchView"] | null;
            firstContact: components["schemas"]["FirstContactView"];
            flags: components["schemas"]["TicketFlagsView"];
            followUp: components["schemas"]["FollowUpView"] | null;
            followUpSampled: boolean;
            /**
             * @example desk
             * @enum {string}
             */
            handling: "dispatch" | "desk";
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
            /** @example migrant-wages */
            specialLine: string | null;
            /** @enum {string} */
            status: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
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
            statusAfter: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
        };
        TransferFiguresView: {
            /** @description Tickets the agent opened in the month that went to routing at opening. */
            dispatchedAtOpening: number;
            /** @description Transfers to partner hotlines (110, 12345, ...) the agent asked for in the month. */
            partnerTransfers: number;
            total: number;
            /** @description Desk tickets the agent turned into work orders in the month. */
            turnedIntoWorkOrders: number;
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
        WorkOrderDto: {
            /** @example 来电人咨询后决定申请法律援助，需法律援助机构审查并指派律师 */
            reason: string;
            /**
             * @example legal-aid-application
             * @enum {string}
             */
            requestType: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
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
    DutyRotaController_onDuty: {
        parameters: {
            query?: {
                at?: string;
                organisationId?: string;
                platform?: "hotline" | "network" | "station";
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
                    "application/json": components["schemas"]["OnDutyView"];
                };
            };
            /** @description A malformed platform or instant */
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
            /** @description ACCESS.OTHER_BODY: another platform’s rota (agents and leads read their own; supervisors the platform of their province); ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DutyRotaController_shifts: {
        parameters: {
            query?: {
                from?: string;
                organisationId?: string;
                person?: string;
                platform?: "hotline" | "network" | "station";
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
                    "application/json": components["schemas"]["DutyShiftListView"];
                };
            };
            /** @description DUTY_ROTA.EMPTY_PERIOD (`to` not after `from`), DUTY_ROTA.PERIOD_TOO_LONG (over 62 days), or a malformed filter */
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
            /** @description ACCESS.OTHER_BODY: another platform’s rota (agents and leads read their own; supervisors the platform of their province); ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DutyRotaController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddShiftDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyShiftView"];
                };
            };
            /** @description DUTY_ROTA.ENDS_BEFORE_STARTS, DUTY_ROTA.SHIFT_TOO_LONG (field endsAt), DUTY_ROTA.PLATFORM_NOT_SERVED (field platform), DUTY_ROTA.PERSON_NOT_ON_ROTA (field personSubject), or a malformed field; `errors` names it */
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
            /** @description DUTY_ROTA.NOT_ALLOWED: only the platform’s leads (owner-lead) and its province’s supervisors edit its rota; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DUTY_ROTA.SHIFT_OVERLAPS: the person has a shift in that time (the message names it); DUTY_ROTA.PERSON_INACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DutyRotaController_remove: {
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
            /** @description Removed */
            204: {
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
            /** @description DUTY_ROTA.NOT_ALLOWED: only the platform’s leads (owner-lead) and its province’s supervisors edit its rota; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DUTY_ROTA.SHIFT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DutyRotaController_staff: {
        parameters: {
            query?: {
                organisationId?: string;
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
                    "application/json": components["schemas"]["DutyStaffListView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCESS.OTHER_BODY: another platform’s rota (agents and leads read their own; supervisors the platform of their province); ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DutyRotaController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subject: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutDutyStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyStaffView"];
                };
            };
            /** @description DUTY_ROTA.UNKNOWN_LANGUAGE (field languages), DUTY_ROTA.ORGANISATION_REQUIRED, or a malformed field; `errors` names it */
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
            /** @description DUTY_ROTA.NOT_ALLOWED: only the platform’s leads (owner-lead) and its province’s supervisors edit its rota; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_agentFigures: {
        parameters: {
            query: {
                /** @description Only tickets this organisation is responsible for; an owner lead’s or agent’s own. */
                organisationId?: string;
                /** @description A calendar month in Asia/Shanghai, YYYY-MM. */
                period: string;
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
                    "application/json": components["schemas"]["AgentFiguresView"];
                };
            };
            /** @description A malformed `period` (YYYY-MM) or other field; `errors` names each field */
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
            /** @description ACCESS.OTHER_BODY: `organisationId` is not the lead’s or agent’s own; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_myFigures: {
        parameters: {
            query: {
                /** @description A calendar month in Asia/Shanghai, YYYY-MM. */
                period: string;
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
                    "application/json": components["schemas"]["MyFiguresView"];
                };
            };
            /** @description A malformed `period` (YYYY-MM) or other field; `errors` names each field */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_draw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawSamplesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawView"];
                };
            };
            /** @description A malformed `period` (YYYY-MM) or other field; `errors` names each field; INSPECTION.PERIOD_NOT_BEGUN (field `period`): the month lies in the future */
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
            /** @description ACCESS.OTHER_BODY: `organisationId` is not the lead’s own; INSPECTION.NO_DRAW_SCOPE: neither a supervisor with an area nor an owner lead; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INSPECTION.SHARE_DIFFERS (field `share`): the month was drawn for this scope at another share */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_acknowledge: {
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
                    "application/json": components["schemas"]["SampleSummaryView"];
                };
            };
            /** @description A malformed sample id */
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
            /** @description INSPECTION.NOT_YOUR_FINDING: the sample inspects another agent; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INSPECTION.SAMPLE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INSPECTION.NOT_REVIEWED: nothing to acknowledge yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_findings: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                state?: "unacknowledged" | "acknowledged";
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
                    "application/json": components["schemas"]["FindingPageView"];
                };
            };
            /** @description A malformed filter or page; `errors` names each field */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_list: {
        parameters: {
            query?: {
                /** @description Token subject of the inspected agent. */
                agentId?: string;
                page?: unknown;
                pageSize?: unknown;
                /** @description A calendar month in Asia/Shanghai, YYYY-MM. */
                period?: string;
                /** @description pending: not reviewed yet. */
                state?: "pending" | "reviewed";
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
                    "application/json": components["schemas"]["SamplePageView"];
                };
            };
            /** @description A malformed `period` (YYYY-MM) or other field; `errors` names each field */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_get: {
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
                    "application/json": components["schemas"]["SampleView"];
                };
            };
            /** @description A malformed sample id */
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
            /** @description ACCESS.OUTSIDE_AREA (a supervisor, outside its area) or ACCESS.OTHER_BODY (another organisation’s ticket); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INSPECTION.SAMPLE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InspectionController_review: {
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
                "application/json": components["schemas"]["ReviewSampleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SampleView"];
                };
            };
            /** @description A missing or out-of-range score (field `scores.<item>`) or missing findings; `errors` names each field */
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
            /** @description INSPECTION.OWN_SAMPLE: the sample inspects the reviewer’s own answer; ACCESS.OUTSIDE_AREA (a supervisor, outside its area) or ACCESS.OTHER_BODY (another organisation’s ticket); AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INSPECTION.SAMPLE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INSPECTION.ALREADY_REVIEWED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_list: {
        parameters: {
            query?: {
                kind?: "faq" | "lawyer-opinion" | "service-guide";
                legalCategory?: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
                page?: unknown;
                pageSize?: unknown;
                /** @description The review queue (待审核): entries in review and published entries with a revision in review, oldest first. */
                reviewQueue?: boolean;
                /** @description Office staff see published entries only. */
                status?: "draft" | "in-review" | "published" | "returned" | "retired";
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
                    "application/json": components["schemas"]["KnowledgeEntryPageView"];
                };
            };
            /** @description A filter is malformed; `errors` names each */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeEntryView"];
                };
            };
            /** @description A field is malformed (`errors` names each); KNOWLEDGE.VALIDITY_ENDS_BEFORE_START (validUntil), KNOWLEDGE.GUIDE_MISSING or KNOWLEDGE.GUIDE_NOT_ALLOWED (guide) */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.UNKNOWN_SPECIAL_LINE (specialLineCodes): no special line has that code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_get: {
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
                    "application/json": components["schemas"]["KnowledgeEntryDetailView"];
                };
            };
            /** @description `id` is not a UUID */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.NOT_FOUND (office staff: also an entry that is not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_edit: {
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
                "application/json": components["schemas"]["KnowledgeEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeEntryView"];
                };
            };
            /** @description A field is malformed (`errors` names each); KNOWLEDGE.VALIDITY_ENDS_BEFORE_START (validUntil), KNOWLEDGE.GUIDE_MISSING or KNOWLEDGE.GUIDE_NOT_ALLOWED (guide) */
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
            /** @description KNOWLEDGE.NOT_AUTHOR: only its author or a reviewer changes an unpublished entry; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.INVALID_TRANSITION naming the status and why (in review, retired); KNOWLEDGE.REVISION_IN_REVIEW */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.UNKNOWN_SPECIAL_LINE (specialLineCodes): no special line has that code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_retire: {
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
                "application/json": components["schemas"]["RetireEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeEntryView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.ROLE_MISSING: owner leads and supervisors retire */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.INVALID_TRANSITION naming the status and why: retired already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_review: {
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
                "application/json": components["schemas"]["ReviewEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeEntryView"];
                };
            };
            /** @description KNOWLEDGE.NOTE_REQUIRED (note): returning needs a note; `decision` malformed */
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
            /** @description KNOWLEDGE.REVIEWER_IS_AUTHOR: nobody reviews what they wrote (双人审核); AUTH.ROLE_MISSING: owner leads and supervisors review */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.INVALID_TRANSITION naming the status and why: nothing of it awaits review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_submit: {
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
                "application/json": components["schemas"]["SubmitEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeEntryView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.NOT_AUTHOR: only its author or a reviewer changes an unpublished entry; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.INVALID_TRANSITION naming the status and why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_versions: {
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
                    "application/json": components["schemas"]["KnowledgeVersionView"][];
                };
            };
            /** @description `id` is not a UUID */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description KNOWLEDGE.NOT_FOUND (office staff: also an entry that is not published) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_searchEntries: {
        parameters: {
            query: {
                kind?: "faq" | "lawyer-opinion" | "service-guide";
                /** @description The category the agent chose for the call: entries of it rank higher (not a filter). */
                legalCategory?: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
                limit?: unknown;
                /** @description What to look for, in Chinese as spoken or written; the last word may be unfinished. */
                q: string;
                /** @description The caller's region code (or its leading digits): entries for other regions are left out, and entries for the county rank above those for the city, the province and everywhere. */
                regionCode?: string;
                /** @description Only a special line's knowledge section (专线), by code. */
                specialLine?: string;
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
                    "application/json": components["schemas"]["KnowledgeSearchView"];
                };
            };
            /** @description A parameter is malformed (`q` empty or over 200 characters, `regionCode`, `limit` …); `errors` names each */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    KnowledgeController_suggest: {
        parameters: {
            query: {
                /** @description The category the agent chose for the call: entries of it rank higher (not a filter). */
                legalCategory?: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
                limit?: unknown;
                /** @description The caller's region code (or its leading digits): entries for other regions are left out, and entries for the county rank above those for the city, the province and everywhere. */
                regionCode?: string;
                /** @description The caller's question as the agent types it. */
                text: string;
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
                    "application/json": components["schemas"]["KnowledgeSuggestionsView"];
                };
            };
            /** @description A parameter is malformed (`text`, `regionCode`, `limit` …); `errors` names each */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OnlineQuestionsController_queue: {
        parameters: {
            query?: {
                limit?: unknown;
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
                    "application/json": components["schemas"]["OnlineQueueView"];
                };
            };
            /** @description A malformed limit */
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
            /** @description ACCESS.NO_ORGANISATION, ACCESS.NO_AREA, AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OnlineQuestionsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerOnlineQuestionDto"];
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
            /** @description A malformed field; `errors` names it */
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
            /** @description ONLINE_QUESTION.NOT_CLAIMER: claim it first, or someone else holds it; ACCESS.OTHER_BODY: the question belongs to another platform; ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_OPEN (already answered, or no longer at the desk); TICKET.INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The ticket’s desk rules refuse the answer, e.g. a cited knowledge entry that is not published */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OnlineQuestionsController_claim: {
        parameters: {
            query?: never;
            header?: never;
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
                    "application/json": components["schemas"]["OnlineQuestionView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_ON_DUTY (no hotline or network shift on the duty rota now), ONLINE_QUESTION.LANGUAGE_MISMATCH (the asker’s language is not among yours); ACCESS.OTHER_BODY: the question belongs to another platform; ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.ALREADY_CLAIMED (someone else holds it), ONLINE_QUESTION.TOO_MANY_CLAIMS (I hold the most allowed), ONLINE_QUESTION.NOT_OPEN (answered or no longer at the desk) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OnlineQuestionsController_release: {
        parameters: {
            query?: never;
            header?: never;
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
                    "application/json": components["schemas"]["OnlineQuestionView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_CLAIMER: someone else holds it; ACCESS.OTHER_BODY: the question belongs to another platform; ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_CLAIMED, ONLINE_QUESTION.NOT_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OnlineQuestionsController_mine: {
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
                    "application/json": components["schemas"]["OnlineQuestionListView"];
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
    OnlineQuestionsController_next: {
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
                    "application/json": components["schemas"]["NextOnlineQuestionView"];
                };
            };
            /** @description AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.NOT_ON_DUTY; ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ONLINE_QUESTION.TOO_MANY_CLAIMS: I hold ONLINE_QUESTION_MAX_OPEN_CLAIMS unanswered questions already */
            409: {
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
    QuestionsController_ask: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1 to 200 visible ASCII characters (a UUID): a retry with the same key and body answers the first question (with a new code) and opens none */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionReceiptView"];
                };
            };
            /** @description Invalid request; `errors` names each field (`channel`, `question`, `regionCode`, `callerPhone`, ...) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION.UNKNOWN: the region code names no known division; TICKET.NO_RESPONSIBLE_PLATFORM (field `regionCode`): it lies in no province; TICKET.SPECIAL_LINE_CLOSED (field `specialLine`): the special line is not open; IDEMPOTENCY.KEY_REUSED: the key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RATE_LIMITED, with Retry-After in seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SpecialLinesController_list: {
        parameters: {
            query?: {
                /** @description Only lines that take this legal category. */
                legalCategory?: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
                /** @description Only lines serving this region: the ticket’s region code (6, 9 or 12 digits); lines for the whole platform serve every region. */
                regionCode?: string;
                /** @description open: taking tickets now (the ticket form’s picker); scheduled: starts later; ended: its period is over; closed. */
                status?: "open" | "scheduled" | "ended" | "closed";
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
                    "application/json": components["schemas"]["SpecialLineListView"];
                };
            };
            /** @description A malformed `status` or `regionCode`; `errors` names each field */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SpecialLinesController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenSpecialLineDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialLineView"];
                };
            };
            /** @description A malformed field (`code`, `legalCategories`, `startsAt`, `priority`, `onlineAnswerHours`, ...), SPECIAL_LINE.ENDS_BEFORE_START or SPECIAL_LINE.ENDS_IN_PAST naming `endsAt`; `errors` names each field; REGION.MALFORMED */
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
            /** @description ACCESS.OUTSIDE_AREA: the line’s region lies outside the supervisor’s area; SPECIAL_LINE.PLATFORM_WIDE: a line for the whole platform is for a province’s supervisors; ACCESS.NO_AREA; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SPECIAL_LINE.ALREADY_EXISTS (field `code`): the code is taken, by an open or a closed line */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REGION.UNKNOWN: `regionCode` names no division this platform knows */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SpecialLinesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SpecialLineView"];
                };
            };
            /** @description A malformed `code` */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SPECIAL_LINE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SpecialLinesController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSpecialLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialLineView"];
                };
            };
            /** @description A malformed field (`code`, `legalCategories`, `startsAt`, `priority`, `onlineAnswerHours`, ...), SPECIAL_LINE.ENDS_BEFORE_START or SPECIAL_LINE.ENDS_IN_PAST naming `endsAt`; `errors` names each field */
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
            /** @description ACCESS.OUTSIDE_AREA: the line’s region lies outside the supervisor’s area; SPECIAL_LINE.PLATFORM_WIDE: a line for the whole platform is for a province’s supervisors; ACCESS.NO_AREA; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SPECIAL_LINE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SPECIAL_LINE.CLOSED: a closed line is no longer changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SpecialLinesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SpecialLineView"];
                };
            };
            /** @description A malformed `code` */
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
            /** @description ACCESS.OUTSIDE_AREA: the line’s region lies outside the supervisor’s area; SPECIAL_LINE.PLATFORM_WIDE: a line for the whole platform is for a province’s supervisors; ACCESS.NO_AREA; AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SPECIAL_LINE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SPECIAL_LINE.ALREADY_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SpecialLinesController_report: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD (Asia/Shanghai), included; by default 29 days before `to`. At most 366 days up to `to`. */
                from?: string;
                /** @description Last day, YYYY-MM-DD (Asia/Shanghai), included; today by default. Not before `from`. */
                to?: string;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SpecialLineReportView"];
                };
            };
            /** @description PERIOD.ENDS_BEFORE_START naming `to`, PERIOD.TOO_LONG naming `from`, or a malformed `from`, `to` or `code`; `errors` names each field */
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
            /** @description AUTH.ROLE_MISSING */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SPECIAL_LINE.NOT_FOUND */
            404: {
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
                kind?: "acceptance-overdue" | "danger-reported" | "partner-delivery-failing" | "caller-dissatisfied" | "returned-to-owner" | "partner-transfer-returned" | "online-question-overdue";
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
                followUpRecorded?: boolean;
                followUpSampled?: boolean;
                handling?: "dispatch" | "desk";
                legalCategory?: "labour-remuneration" | "labour-relations" | "work-injury" | "traffic-accident" | "medical-dispute" | "maintenance" | "social-insurance" | "state-compensation" | "marriage-family" | "domestic-violence" | "neighbourhood" | "property" | "contract" | "consumer" | "criminal-defence" | "other";
                openedFrom?: string;
                openedTo?: string;
                page?: unknown;
                pageSize?: unknown;
                regionCode?: string;
                requestType?: "consultation" | "legal-aid-application" | "mediation-pre-application" | "complaint-or-suggestion";
                status?: "received" | "at-desk" | "routed" | "awaiting-acceptance" | "accepted" | "in-progress" | "answered" | "follow-up-due" | "closed" | "reopened" | "returned-to-owner" | "transferred-out" | "merged";
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
            /** @description Invalid request (a body field such as `firstContact` is refused); `errors` names each field. TICKET.DISPATCH_REASON_MISSING (field `handling.reason`): a consultation or complaint sent to routing without a reason */
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
            /** @description REGION.UNKNOWN: a region code names no known division; IDEMPOTENCY.KEY_REUSED: the key was used with another body; TICKET.NOT_A_DESK_REQUEST (field `handling.mode`): only consultations and complaints are kept or resolved at the desk; TICKET.DANGEROUS_MATTER (field `handling.mode`): a dangerous matter cannot be closed at first contact; TICKET.KNOWLEDGE_UNPUBLISHED (field `handling.knowledgeEntryIds`): the answer cites entries that are not published, listed; TICKET.SPECIAL_LINE_CLOSED (field `specialLine`): the special line is not open */
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
    TicketsController_resolveAtDesk: {
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
                "application/json": components["schemas"]["DeskResolutionDto"];
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
            /** @description Invalid request; `errors` names each field */
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
            /** @description TICKET.NOT_AT_DESK: the ticket was sent to routing; or TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TICKET.KNOWLEDGE_UNPUBLISHED (field `knowledgeEntryIds`): the answer cites entries that are not published, listed */
            422: {
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
    TicketsController_workOrder: {
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
                "application/json": components["schemas"]["WorkOrderDto"];
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
            /** @description Invalid request (`requestType`, `reason`); `errors` names each field */
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
            /** @description TICKET.ALREADY_DISPATCHED: the ticket was sent to routing already; or TICKET.INVALID_TRANSITION naming the current and the refused status, or the rule broken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
