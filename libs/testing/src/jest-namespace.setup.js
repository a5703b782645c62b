// Runs before every integration test file: gives the file its own Kafka namespace (topic and
// consumer-group prefix), so files never see each other's messages or offsets.
import { randomBytes } from 'node:crypto';

process.env.KAFKA_NAMESPACE = `it-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}.`;
