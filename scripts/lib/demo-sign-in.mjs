// Signs a demo user in at the identity provider with the tools client (password grant), as the
// demo scripts do: OIDC_ISSUER, KEYCLOAK_TOOLS_CLIENT_SECRET and KEYCLOAK_DEMO_PASSWORD come from
// the environment npm start sets up. Answers the Authorization header value.
export async function demoBearer(username) {
  const response = await fetch(`${process.env.OIDC_ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'platform-tools',
      client_secret: process.env.KEYCLOAK_TOOLS_CLIENT_SECRET ?? '',
      username,
      password: process.env.KEYCLOAK_DEMO_PASSWORD ?? '',
    }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status} ${body.error_description ?? ''}`);
  return `Bearer ${body.access_token}`;
}
