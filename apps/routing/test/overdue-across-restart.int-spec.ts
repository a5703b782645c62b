import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, KafkaProbe, pendingSchemaChanges, settle, startTestService, type TestService } from '@legal-hotline/testing';
import type { AcceptanceClockView } from '../src/escalation/acceptance-clock.dto.js';
import { routingService, type RoutingConfig } from '../src/routing.service-definition.js';
import { as, dropDatabase, probeHelpers, seedDirectory, ticketOpened } from './routing-test-kit.js';

// Long enough to stop the service before the deadline, short enough to wait for it.
const ENV = { ACCEPTANCE_DEADLINES: '{"urgent":"PT8S","green-channel":"PT8S","normal":"PT8S"}', TIMER_POLL_MS: '100' };

describe('routing: an acceptance clock that falls due while the service is down', () => {
  let svc: TestService<RoutingConfig>;
  let probe: KafkaProbe;
  let kit: ReturnType<typeof probeHelpers>;

  beforeAll(async () => {
    svc = await startTestService(routingService, { env: ENV });
    probe = await KafkaProbe.start();
    kit = probeHelpers(probe);
    await seedDirectory(svc);
  });

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop({ keepDatabase: true });
    if (svc) await dropDatabase(svc.database);
  });

  /** Stops the service and starts it again on the same database, as a deployment or a crash would. */
  async function restart(): Promise<void> {
    await svc.stop({ keepDatabase: true });
    svc = await startTestService(routingService, { env: ENV, database: svc.database });
  }

  it('fires right after the service starts again, exactly once, and re-routes', async () => {
    const opened = ticketOpened();
    const { ticketId } = opened.data;
    await kit.publish(opened);
    const open = await kit.nth('assignment.requested.v1', ticketId);
    const due = Date.parse(open.data.acceptanceDeadline);
    const overdues = () => probe.events().filter((e) => e.type === 'assignment.overdue.v1' && e.data.assignmentId === open.data.assignmentId);

    await svc.stop({ keepDatabase: true });
    expect(overdues()).toHaveLength(0);
    expect(Date.now()).toBeLessThan(due);
    // Down past the deadline.
    await eventually(() => expect(Date.now()).toBeGreaterThan(due + 1000), 20_000);
    const restartedAt = Date.now();
    svc = await startTestService(routingService, { env: ENV, database: svc.database });

    const overdue = await kit.nth('assignment.overdue.v1', ticketId, 1, 20_000);
    expect(overdue.data).toMatchObject({ assignmentId: open.data.assignmentId, acceptanceDeadline: open.data.acceptanceDeadline, action: 're-route' });
    expect(Date.parse(overdue.data.overdueAt)).toBeGreaterThanOrEqual(restartedAt);
    const next = await kit.nth('assignment.requested.v1', ticketId, 2);
    expect(next.data.agency.agencyId).toBe('legal-aid-centre:440600');
    const clock = await as<AcceptanceClockView>('supervisor.gd', 'GET', `${svc.url}/api/v1/assignments/${open.data.assignmentId}/clock`);
    expect(clock.body).toMatchObject({ state: 'stopped', stopReason: 'withdrawn', firedAt: overdue.data.overdueAt, overdueAction: 're-route' });

    // Once: neither the running timer nor another restart fires it again.
    await restart();
    await settle(2000);
    expect(overdues()).toHaveLength(1);
    expect(kit.all('assignment.withdrawn.v1', ticketId).filter((e) => e.data.assignmentId === open.data.assignmentId)).toHaveLength(1);
    expect(kit.all('supervision.alert-raised.v1', ticketId).filter((e) => e.data.agencyId === 'legal-aid-centre:440605')).toHaveLength(1);
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
