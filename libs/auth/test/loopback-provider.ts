import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type GenerateKeyPairResult, type JWK, type JWTPayload } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: GenerateKeyPairResult['privateKey'];
  publicJwk: JWK;
}

/**
 * A minimal OpenID Connect provider on 127.0.0.1 for what the real Keycloak cannot be made to do
 * on demand: rotate keys, issue expired tokens, go down and come back. It serves a discovery
 * document and a JWKS over real HTTP, counts JWKS fetches, and signs tokens with its keys.
 */
export class LoopbackProvider {
  /** Keys the JWKS currently lists. */
  published: SigningKey[] = [];
  /** How many times the JWKS was fetched. */
  jwksFetches = 0;
  /** When set, the JWKS answers with this status instead (a provider restarting behind a proxy). */
  failWith: number | null = null;

  private server = createServer();

  private constructor(private boundPort: number) {}

  static async start(): Promise<LoopbackProvider> {
    const provider = new LoopbackProvider(0);
    await provider.listen();
    return provider;
  }

  get port(): number {
    return this.boundPort;
  }

  get issuer(): string {
    return `http://127.0.0.1:${this.port}/realms/loopback`;
  }

  get jwksUrl(): string {
    return `${this.issuer}/protocol/openid-connect/certs`;
  }

  /** A new RS256 key; not published until `publish` lists it. */
  static async newKey(): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const kid = randomUUID();
    return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
  }

  publish(...keys: SigningKey[]): void {
    this.published = keys;
  }

  /** A token of this issuer for the platform's audience, valid for five minutes unless `claims` says otherwise. */
  async sign(key: SigningKey, claims: JWTPayload = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: this.issuer,
      aud: 'legal-hotline-api',
      sub: 'loopback-user',
      iat: now,
      exp: now + 300,
      realm_access: { roles: ['hotline-agent'] },
      org_id: '12348-gd',
      org_name: '广东省12348公共法律服务热线',
      name: '林晓',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .sign(key.privateKey);
  }

  /** Stops answering: connections are refused until `restart`. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** Answers again on the same port. */
  async restart(): Promise<void> {
    this.server = createServer();
    await this.listen();
  }

  private async listen(): Promise<void> {
    this.server.on('request', (request, response) => {
      const path = new URL(request.url ?? '/', this.issuer).pathname;
      if (path === new URL(this.jwksUrl).pathname) {
        this.jwksFetches++;
        if (this.failWith !== null) {
          response.writeHead(this.failWith, { 'content-type': 'text/html' }).end('<html>upstream unavailable</html>');
          return;
        }
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ keys: this.published.map((k) => k.publicJwk) }));
      } else if (path === new URL(`${this.issuer}/.well-known/openid-configuration`).pathname) {
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ issuer: this.issuer, jwks_uri: this.jwksUrl }));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.boundPort, '127.0.0.1', () => resolve());
    });
    this.boundPort = (this.server.address() as AddressInfo).port;
  }
}
