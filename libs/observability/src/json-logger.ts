import type { LoggerService, LogLevel } from '@nestjs/common';
import { currentCorrelation } from './correlation.js';

const LEVEL_ORDER: Record<LogLevel, number> = { verbose: 0, debug: 1, log: 2, warn: 3, error: 4, fatal: 5 };
const LEVEL_NAMES: Record<LogLevel, string> = {
  verbose: 'trace',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};

export type LogFields = Record<string, unknown>;

/**
 * One JSON object per line on stdout, carrying the service name and the correlation id of the
 * work in progress. Used for Nest's own logs too.
 */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(
    private readonly service: string,
    level: LogLevel = 'log',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {
    this.threshold = LEVEL_ORDER[level];
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (LEVEL_ORDER[level] < this.threshold) return;
    // Nest passes (message, context) or (message, stack, context) for errors.
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const fields: LogFields = typeof message === 'object' && message !== null && !(message instanceof Error) ? (message as LogFields) : { msg: message instanceof Error ? message.message : String(message) };
    const correlation = currentCorrelation();
    this.write(
      JSON.stringify({
        time: new Date().toISOString(),
        level: LEVEL_NAMES[level],
        service: this.service,
        ...(context ? { context } : {}),
        ...(correlation ? { correlationId: correlation.correlationId } : {}),
        ...fields,
        ...(message instanceof Error ? { stack: message.stack } : stack ? { stack } : {}),
      }),
    );
  }
}
