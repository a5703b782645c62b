import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { LoggerService } from '@nestjs/common';
import type { KafkaSettings } from './kafka-settings.js';

const LEVELS: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** Routes kafkajs's own log lines into the service's JSON log. */
export function kafkaLogCreator(logger: LoggerService) {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, ...extra } = log;
      const method = LEVELS[level] ?? 'log';
      logger[method]?.({ msg: message, kafka: namespace, ...extra }, 'Kafka');
    };
}

export function createKafka(settings: KafkaSettings, logger: LoggerService, clientSuffix: string): Kafka {
  return new Kafka({
    clientId: `${settings.service}-${clientSuffix}`,
    brokers: settings.brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger),
    retry: { initialRetryTime: 300, retries: 8 },
  });
}
