import { startOfLocalDay } from '@legal-hotline/business-calendar';
import type { DutyStaff, Shift } from './rota.js';

// The demo's rota: the agents and leads of the Guangdong and Guizhou platforms in the demo realm
// (infra/keycloak/realm-legal-hotline.json), by their token subjects. Each platform has someone
// on duty round the clock: the agent on the network platform by day, the lead on the hotline by
// night, so an online question always finds someone on duty.

export const DEMO_DUTY_STAFF: readonly DutyStaff[] = [
  {
    subject: 'bfb6ce16-527c-59d2-9e55-4a8b19e8070e',
    name: '林晓',
    organisationId: '12348-gd',
    organisation: '广东省12348公共法律服务热线',
    platforms: ['hotline', 'network'],
    languages: ['zh-CN', 'yue'],
    legalCategories: [],
    active: true,
  },
  {
    subject: 'f62b368f-fce7-5d95-b769-0f509d924047',
    name: '黄建华',
    organisationId: '12348-gd',
    organisation: '广东省12348公共法律服务热线',
    platforms: ['hotline', 'network', 'station'],
    languages: ['zh-CN', 'nan-x-chaoshan', 'hak'],
    legalCategories: ['labour-remuneration', 'work-injury', 'marriage-family'],
    active: true,
  },
  {
    subject: '753c417a-f12a-599b-86b7-c4dd19fdf09c',
    name: '杨敏',
    organisationId: '12348-gz',
    organisation: '贵州省12348公共法律服务热线',
    platforms: ['hotline', 'network'],
    languages: ['zh-CN', 'yue'],
    legalCategories: [],
    active: true,
  },
  {
    subject: 'b8842b0d-3573-5618-9840-3e54dd607e6a',
    name: '吴志强',
    organisationId: '12348-gz',
    organisation: '贵州省12348公共法律服务热线',
    platforms: ['hotline', 'network', 'station'],
    languages: ['zh-CN'],
    legalCategories: [],
    active: true,
  },
];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Day shifts 08:00-20:00, night shifts 20:00-08:00, Asia/Shanghai. */
const DAY_STARTS_AT_HOUR = 8;
const DAY_HOURS = 12;

/**
 * The demo's shifts for the local days from `days` before today to `days` after (and the night
 * before the first, which covers its small hours), ids left to the caller.
 */
export function demoShifts(now: Date, days = 7): Omit<Shift, 'id'>[] {
  const today = startOfLocalDay(now, 'Asia/Shanghai');
  const byOrganisation = new Map<string, DutyStaff[]>();
  for (const person of DEMO_DUTY_STAFF)
    byOrganisation.set(person.organisationId, [...(byOrganisation.get(person.organisationId) ?? []), person]);
  const shifts: Omit<Shift, 'id'>[] = [];
  for (let offset = -days - 1; offset <= days; offset++) {
    const dayStart = new Date(today.getTime() + offset * DAY_MS + DAY_STARTS_AT_HOUR * HOUR_MS);
    const nightStart = new Date(dayStart.getTime() + DAY_HOURS * HOUR_MS);
    const nightEnd = new Date(dayStart.getTime() + DAY_MS);
    for (const [dayPerson, nightPerson] of byOrganisation.values()) {
      if (dayPerson && offset >= -days)
        shifts.push({ personSubject: dayPerson.subject, platform: 'network', startsAt: dayStart, endsAt: nightStart });
      if (nightPerson)
        shifts.push({
          personSubject: nightPerson.subject,
          platform: 'hotline',
          startsAt: nightStart,
          endsAt: nightEnd,
        });
    }
  }
  return shifts;
}
