import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvent, EVENT_CATALOG, parseEvent, topicOf, type EventType, type NewEvent } from './catalog.js';

const goldenDir = join(import.meta.dirname, 'golden');
const golden = (type: string): unknown => JSON.parse(readFileSync(join(goldenDir, `${type}.json`), 'utf8'));
const knownTypes = Object.keys(EVENT_CATALOG) as EventType[];

describe('event catalog compatibility', () => {
  it('has a golden example for every event type, and none for unknown types', () => {
    const files = readdirSync(goldenDir).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...knownTypes].sort());
  });

  it.each(knownTypes)('the golden %s still parses', (type) => {
    const parsed = parseEvent(JSON.stringify(golden(type)));
    expect(parsed).toMatchObject({ kind: 'event', event: { type } });
  });

  it.each(knownTypes)('the golden %s survives createEvent unchanged', (type) => {
    const example = golden(type) as NewEvent<EventType> & { occurredAt: string };
    const rebuilt = createEvent({ ...example, type, occurredAt: new Date(example.occurredAt) });
    expect(rebuilt).toEqual(example);
  });
});

describe(parseEvent.name, () => {
  it('reports an unknown type without failing, so consumers can skip it', () => {
    const raw = { ...(golden('ticket.opened.v1') as object), type: 'ticket.teleported.v1' };
    expect(parseEvent(raw)).toMatchObject({ kind: 'unknown-type', type: 'ticket.teleported.v1' });
  });

  it('names the invalid field of a payload', () => {
    const example = golden('ticket.opened.v1') as { data: Record<string, unknown> };
    const raw = { ...example, data: { ...example.data, regionCode: '44060' } };
    const parsed = parseEvent(raw);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.errors.join()).toContain('data.regionCode');
  });

  it('rejects text that is not JSON', () => {
    expect(parseEvent('{not json')).toMatchObject({ kind: 'invalid' });
  });

  it('accepts bytes', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(golden('assignment.accepted.v1')));
    expect(parseEvent(bytes)).toMatchObject({ kind: 'event' });
  });
});

describe(topicOf.name, () => {
  it('puts every assignment fact on the assignments topic', () => {
    expect(knownTypes.filter((t) => t.startsWith('assignment.')).map(topicOf)).toEqual(
      Array(10).fill('assignments'),
    );
  });
});
