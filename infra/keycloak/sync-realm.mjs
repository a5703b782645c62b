// Brings the running Keycloak's realm in line with infra/keycloak/realm-legal-hotline.json,
// idempotently: creates the realm when it is missing, otherwise updates its settings, roles,
// clients and demo users in place (users keep their ids, so tokens keep their subjects).
// Secrets never live in the repository: the tools client's secret and the demo users' password
// come from the environment (scripts/infra.sh keeps them in .local/keycloak/secrets.env).
//
//   KEYCLOAK_URL, KEYCLOAK_ADMIN_USERNAME, KEYCLOAK_ADMIN_PASSWORD,
//   KEYCLOAK_TOOLS_CLIENT_SECRET, KEYCLOAK_DEMO_PASSWORD   node sync-realm.mjs realm.json
import { readFileSync } from 'node:fs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const base = env('KEYCLOAK_URL').replace(/\/$/, '');
const realmFile = process.argv[2];
const realm = JSON.parse(readFileSync(realmFile, 'utf8'));
const name = realm.realm;

async function adminToken() {
  const response = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: env('KEYCLOAK_ADMIN_USERNAME'),
      password: env('KEYCLOAK_ADMIN_PASSWORD'),
    }),
  });
  if (!response.ok) throw new Error(`admin sign-in failed: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

const token = await adminToken();
async function admin(method, path, body) {
  const response = await fetch(`${base}/admin/realms${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (method === 'GET' && response.status === 404) return null;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

const { users = [], clients = [], roles = {}, ...settings } = realm;
for (const client of clients) {
  if (!client.publicClient) client.secret = env('KEYCLOAK_TOOLS_CLIENT_SECRET');
}

if ((await admin('GET', `/${name}`)) === null) {
  await admin('POST', '', settings);
  console.log(`realm ${name} created`);
} else {
  await admin('PUT', `/${name}`, settings);
}

// Organisation and area are user attributes mapped into tokens; the user profile must let
// administrators keep attributes it does not declare. A Chinese name is one field (陈静), so
// the profile asks for no separate last name.
const profile = await admin('GET', `/${name}/users/profile`);
const attributes = profile.attributes.map(({ required, ...attribute }) =>
  attribute.name === 'firstName' || attribute.name === 'lastName' ? attribute : { ...attribute, ...(required ? { required } : {}) },
);
await admin('PUT', `/${name}/users/profile`, { ...profile, attributes, unmanagedAttributePolicy: 'ADMIN_EDIT' });

const result = await admin('POST', `/${name}/partialImport`, {
  ifResourceExists: 'OVERWRITE',
  roles,
  clients,
  users,
});

const password = env('KEYCLOAK_DEMO_PASSWORD');
for (const user of users) {
  await admin('PUT', `/${name}/users/${user.id}/reset-password`, { type: 'password', value: password, temporary: false });
}
console.log(`realm ${name} in sync: ${result.added} added, ${result.overwritten} overwritten, ${users.length} demo users`);
