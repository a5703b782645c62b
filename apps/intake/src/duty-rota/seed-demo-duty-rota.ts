import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO_DUTY_STAFF, demoShifts } from './domain/demo-rota.js';

const DEMO_NOTE = '演示排班 demo rota';

/**
 * Writes the demo's rota: its people where they are missing (a person edited in the demo keeps
 * the edits), and each demo shift unless the person already has a shift in that time. Running
 * it again, or every day, only adds the days that came into the window.
 */
export async function seedDemoDutyRota(manager: EntityManager, now: Date): Promise<{ staff: number; shifts: number }> {
  let staff = 0;
  for (const person of DEMO_DUTY_STAFF) {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO duty_staff (subject, name, organisation_id, organisation, platforms, languages, legal_categories, active, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'demo-seed')
       ON CONFLICT (subject) DO NOTHING RETURNING subject`,
      [
        person.subject,
        person.name,
        person.organisationId,
        person.organisation,
        person.platforms,
        person.languages,
        person.legalCategories,
        person.active,
      ],
    );
    staff += inserted.length;
  }
  let shifts = 0;
  for (const shift of demoShifts(now)) {
    const organisationId = DEMO_DUTY_STAFF.find((p) => p.subject === shift.personSubject)!.organisationId;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO duty_shifts (id, person_subject, organisation_id, platform, starts_at, ends_at, created_by, note)
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar, $5::timestamptz, $6::timestamptz, 'demo-seed', $7::varchar
       WHERE NOT EXISTS (SELECT 1 FROM duty_shifts WHERE person_subject = $2::varchar AND starts_at < $6::timestamptz AND ends_at > $5::timestamptz)
       RETURNING id`,
      [randomUUID(), shift.personSubject, organisationId, shift.platform, shift.startsAt, shift.endsAt, DEMO_NOTE],
    );
    shifts += inserted.length;
  }
  return { staff, shifts };
}
