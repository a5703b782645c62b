import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { errorBody, PlatformExceptionFilter, type ErrorBody } from '@legal-hotline/service-runtime';
import { Open311Error, open311ErrorsOf } from './domain/open311-error.js';

/**
 * Answers every refusal on the Open311 routes, the signature guard's included, in Open311's
 * error format. The status and details come from the platform's own filter, so a coded error
 * means the same status here as on the partner API; only the body is written the Open311 way.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly platform = new PlatformExceptionFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    const body =
      exception instanceof Open311Error
        ? errorBody(exception.status, exception.code, exception.message, exception.field)
        : this.platformBodyOf(exception, host);
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(body.statusCode)
      .send(open311ErrorsOf(body.statusCode, body.errors));
  }

  /** What the platform's filter would answer, caught on its way out instead of sent. */
  private platformBodyOf(exception: unknown, host: ArgumentsHost): ErrorBody {
    let answered: ErrorBody | undefined;
    const capture = {
      status: () => capture,
      send: (body: ErrorBody) => {
        answered = body;
        return capture;
      },
    };
    // The same host, but the reply the platform's filter writes to is the capture.
    const capturing = Object.assign(Object.create(host) as ArgumentsHost, {
      switchToHttp: () => ({ ...host.switchToHttp(), getResponse: <T>() => capture as T }),
    });
    this.platform.catch(exception, capturing);
    if (!answered) throw new Error('the platform exception filter answered nothing');
    return answered;
  }
}
