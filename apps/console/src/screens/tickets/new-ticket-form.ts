import type { components } from '../../api/generated/intake';
import { DESK_REQUEST_TYPES, deskAnswerBodyOf, type DeskAnswerValues } from './desk-answer';

type OpenTicketBody = components['schemas']['OpenTicketDto'];

/** How the agent handles a consultation or complaint: answer now, keep at the desk, or send to a body. */
export type HandlingChoice = 'resolve' | 'desk' | 'dispatch';

/** What the new-ticket form holds (and keeps as a draft across failures and reloads). */
export interface NewTicketValues extends DeskAnswerValues {
  channel?: string;
  callerName?: string;
  callerPhone?: string;
  callerIdNumber?: string;
  language?: string;
  accessibilityNeeds?: string[];
  requestType?: string;
  legalCategory?: string;
  /** Path of region codes, province first. */
  region?: string[];
  arosenIn?: string[];
  organType?: string;
  organName?: string;
  organRegion?: string[];
  summary?: string;
  urgent?: boolean;
  dangerous?: boolean;
  migrantWorkerWageClaim?: boolean;
  veteran?: boolean;
  /** Open special line (专线) the call came in on, by code. */
  specialLine?: string;
  handlingMode?: HandlingChoice;
  /** Why a consultation or complaint goes to a local body (派单至承办机构). */
  dispatchReason?: string;
}

/** Whether the form offers the handling choice: only consultations (with guidance) and complaints stay at the desk. */
export function offersHandlingChoice(requestType: string | undefined): boolean {
  return requestType !== undefined && DESK_REQUEST_TYPES.has(requestType);
}

export const EMPTY_TICKET: NewTicketValues = {
  channel: 'hotline',
  language: 'zh-CN',
  accessibilityNeeds: [],
  handlingMode: 'resolve',
  citedArticles: [],
  knowledgeEntries: [],
  caseEducationGiven: true,
};

type OpeningHandling = NonNullable<OpenTicketBody['handling']>;

/** The handling part of the request; applications go to routing without one (the service's default). */
export function handlingOf(values: NewTicketValues): OpeningHandling | undefined {
  if (!offersHandlingChoice(values.requestType)) return undefined;
  switch (values.handlingMode ?? 'resolve') {
    case 'resolve':
      return { mode: 'resolve', ...deskAnswerBodyOf(values) };
    case 'desk':
      return { mode: 'desk', citedArticles: [], knowledgeEntryIds: [] };
    case 'dispatch':
      return { mode: 'dispatch', reason: trimmed(values.dispatchReason) ?? '', citedArticles: [], knowledgeEntryIds: [] };
  }
}

const last = (path: string[] | undefined): string | undefined => (path && path.length > 0 ? path[path.length - 1] : undefined);
const trimmed = (text: string | undefined): string | undefined => {
  const value = text?.trim();
  return value ? value : undefined;
};

/** Phone numbers are sent as digits only: spaces and dashes typed on a call are dropped. */
export function normalisePhone(phone: string | undefined): string {
  return (phone ?? '').replace(/[\s-]/g, '');
}

/** Whether a phone number is complete enough to look for earlier tickets of the same caller. */
export function isSearchablePhone(phone: string | undefined): boolean {
  return /^(1\d{10}|0\d{9,11})$/.test(normalisePhone(phone));
}

/** The request body of POST /v1/tickets. The service validates it; this only shapes it. */
export function openTicketRequestOf(values: NewTicketValues): OpenTicketBody {
  const organ =
    values.organType || trimmed(values.organName) || last(values.organRegion)
      ? { type: values.organType, name: trimmed(values.organName), regionCode: last(values.organRegion) }
      : undefined;
  const arosenInRegionCode = last(values.arosenIn);
  const matterLocation = arosenInRegionCode || organ ? { arosenInRegionCode, handlingOrgan: organ } : undefined;
  const accessibilityNeeds = (values.accessibilityNeeds ?? []).map((need) => need.trim()).filter(Boolean);
  return {
    channel: values.channel,
    caller: {
      name: trimmed(values.callerName) ?? '',
      phone: normalisePhone(values.callerPhone),
      idNumber: trimmed(values.callerIdNumber),
      language: values.language ?? 'zh-CN',
      accessibilityNeeds: accessibilityNeeds.length > 0 ? accessibilityNeeds : undefined,
    },
    requestType: values.requestType,
    legalCategory: values.legalCategory,
    regionCode: last(values.region) ?? '',
    matterLocation,
    summary: trimmed(values.summary) ?? '',
    handling: handlingOf(values),
    specialLine: values.specialLine || undefined,
    flags: {
      urgent: Boolean(values.urgent),
      dangerous: Boolean(values.dangerous),
      migrantWorkerWageClaim: Boolean(values.migrantWorkerWageClaim),
      veteran: Boolean(values.veteran),
    },
  } as OpenTicketBody;
}

/** Where each request field sits in the form, to show the service's field errors beside it. */
export const FORM_FIELD_OF_REQUEST_FIELD: Record<string, keyof NewTicketValues> = {
  channel: 'channel',
  'caller.name': 'callerName',
  'caller.phone': 'callerPhone',
  'caller.idNumber': 'callerIdNumber',
  'caller.language': 'language',
  'caller.accessibilityNeeds': 'accessibilityNeeds',
  requestType: 'requestType',
  legalCategory: 'legalCategory',
  regionCode: 'region',
  'matterLocation.arosenInRegionCode': 'arosenIn',
  'matterLocation.handlingOrgan.type': 'organType',
  'matterLocation.handlingOrgan.name': 'organName',
  'matterLocation.handlingOrgan.regionCode': 'organRegion',
  summary: 'summary',
  specialLine: 'specialLine',
  'handling.mode': 'handlingMode',
  'handling.answer': 'answer',
  'handling.citedArticles': 'citedArticles',
  'handling.knowledgeEntryIds': 'knowledgeEntries',
  'handling.caseEducationGiven': 'caseEducationGiven',
  'handling.reason': 'dispatchReason',
};
