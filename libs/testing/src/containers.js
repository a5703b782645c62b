// PostgreSQL and Kafka as containers, for machines with a Docker engine (TEST_INFRA=testcontainers).
// Sets the same environment variables the local-process path uses, so tests don't know the difference.
import { KafkaContainer } from '@testcontainers/kafka';
import { PostgreSqlContainer } from '@testcontainers/postgresql';

export async function startContainers() {
  const [postgres, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:15-alpine').withUsername('platform').withPassword('platform').withDatabase('postgres').start(),
    // Confluent Platform 8 is Apache Kafka 4 in KRaft mode, the image this module is made for.
    new KafkaContainer('confluentinc/cp-kafka:8.0.0').start(),
  ]);
  Object.assign(process.env, {
    PGHOST: postgres.getHost(),
    PGPORT: String(postgres.getPort()),
    PGUSER: 'platform',
    PGPASSWORD: 'platform',
    KAFKA_BROKERS: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
  });
  return { postgres, kafka };
}

export async function stopContainers(started) {
  await Promise.allSettled([started?.postgres?.stop(), started?.kafka?.stop()]);
}
