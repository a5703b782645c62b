import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { PublicRoute } from '@legal-hotline/auth';
import { EVENT_PUBLISHER, OutboxRelay, type EventPublisher } from '@legal-hotline/messaging';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await probe();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

@ApiTags('health')
@PublicRoute('load balancers and orchestrators probe health without credentials')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    private readonly relay: OutboxRelay,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get()
  @ApiOperation({ summary: 'Readiness: the database and Kafka answer (503 otherwise)' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    const [database, kafka] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.publisher.ping(2000)),
    ]);
    const up = database.status === 'up' && kafka.status === 'up';
    void reply.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'up' : 'down', checks: { database, kafka, outboxRelay: { active: this.relay.leading } } };
  }
}
