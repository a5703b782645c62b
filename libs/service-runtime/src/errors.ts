import {
  BadRequestException,
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
  type ValidationError,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** One problem with a request: the field it concerns (null for the request as a whole). */
export interface ErrorDetail {
  field: string | null;
  code: string;
  description: string;
}

/** Every 4xx and 5xx answer of the platform has this shape. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors: ErrorDetail[];
}

/**
 * How a broken rule is classified. Domain code throws errors with a dotted `code`
 * (`TICKET.NOT_FOUND`) and one of these kinds; the edge maps the kind to an HTTP status.
 */
export type FailureKind = 'invalid' | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable' | 'unavailable';

export interface CodedFailure {
  code: string;
  kind: FailureKind;
  message: string;
  field?: string | null;
}

/** A coded error for adapters and handlers; domain modules define their own with the same shape. */
export class CodedError extends Error implements CodedFailure {
  constructor(
    readonly code: string,
    readonly kind: FailureKind,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

const STATUS_OF_KIND: Record<FailureKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  unavailable: 503,
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function isCodedFailure(error: unknown): error is CodedFailure {
  const candidate = error as Partial<CodedFailure> | null;
  return typeof candidate?.code === 'string' && typeof candidate.kind === 'string' && candidate.kind in STATUS_OF_KIND;
}

/** Flattens class-validator errors into one detail per failed constraint, with dotted field paths. */
export function validationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, description]) => ({ field, code, description }));
    return [...own, ...validationDetails(error.children ?? [], field)];
  });
}

export function validationException(errors: ValidationError[]): BadRequestException {
  const details = validationDetails(errors);
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `invalid request: ${details.map((d) => d.field).filter((f, i, all) => all.indexOf(f) === i).join(', ')}`,
    errors: details,
  } satisfies ErrorBody);
}

export function errorBody(statusCode: number, code: string, message: string, field: string | null = null): ErrorBody {
  return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message, errors: [{ field, code, description: message }] };
}

/** Maps every failure to the platform's error shape; unexpected ones are logged and hidden. */
@Catch()
export class PlatformExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (isCodedFailure(exception)) {
      return errorBody(STATUS_OF_KIND[exception.kind], exception.code, exception.message, exception.field ?? null);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && Array.isArray((response as ErrorBody).errors)) return response as ErrorBody;
      const given = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      const message = typeof given === 'string' ? given : Array.isArray(given) ? given.join('; ') : exception.message;
      return errorBody(status, `HTTP.${status}`, message);
    }
    // Fastify's own errors (body too large, malformed JSON, wrong content type) carry a 4xx status.
    const fastify = exception as { statusCode?: number; code?: string; message?: string };
    if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
      return errorBody(fastify.statusCode, fastify.code ?? `HTTP.${fastify.statusCode}`, fastify.message ?? 'bad request');
    }
    return errorBody(500, 'INTERNAL', 'internal error');
  }
}
