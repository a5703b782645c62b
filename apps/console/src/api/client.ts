import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as ExchangePaths } from './generated/hotline-exchange';
import type { paths as IntakePaths } from './generated/intake';
import type { paths as LegalAidPaths } from './generated/legal-aid';
import type { paths as MediationPaths } from './generated/mediation';
import type { paths as RoutingPaths } from './generated/routing';
import { ApiError, NetworkError, type ErrorBody } from './errors';

// One typed client per service, generated from its OpenAPI document. nginx serves them all from
// this origin: /api/<service>/v1/... is the service's /api/v1/...

let tokenSource: () => Promise<string> = () => Promise.reject(new Error('not signed in'));

/** Set once the person is signed in: every request carries their access token. */
export function setTokenSource(source: () => Promise<string>): void {
  tokenSource = source;
}

const authorise: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Authorization', `Bearer ${await tokenSource()}`);
    request.headers.set('X-Correlation-Id', crypto.randomUUID());
    return request;
  },
};

function clientFor<Paths extends {}>(service: string) {
  const client = createClient<Paths>({ baseUrl: `${window.location.origin}/api/${service}` });
  client.use(authorise);
  return client;
}

export const intake = clientFor<IntakePaths>('intake');
export const routing = clientFor<RoutingPaths>('routing');
export const legalAid = clientFor<LegalAidPaths>('legal-aid');
export const mediation = clientFor<MediationPaths>('mediation');
export const exchange = clientFor<ExchangePaths>('hotline-exchange');

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The answer's data, or an ApiError/NetworkError a screen can show in Chinese. */
export async function unwrap<R extends FetchResult>(call: Promise<R>): Promise<NonNullable<R['data']>> {
  let result: R;
  try {
    result = await call;
  } catch (error) {
    throw new NetworkError(error);
  }
  const { data, error, response } = result;
  if (response.ok) return data as NonNullable<R['data']>;
  const retryAfter = Number(response.headers.get('Retry-After'));
  const body: ErrorBody =
    typeof error === 'object' && error !== null ? (error) : { message: typeof error === 'string' && error !== '' ? error : response.statusText };
  throw new ApiError(response.status, body, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
}
