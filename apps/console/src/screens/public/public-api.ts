import createClient from 'openapi-fetch';
import type { paths as IntakePaths } from '../../api/generated/intake';

/**
 * intake's public routes (ask a question, look a ticket up), called without a token: members of
 * the public have no account. Same origin as the console: nginx passes /api/intake/ on.
 */
export const publicIntake = createClient<IntakePaths>({ baseUrl: `${window.location.origin}/api/intake` });
publicIntake.use({
  onRequest({ request }) {
    request.headers.set('X-Correlation-Id', crypto.randomUUID());
    return request;
  },
});
