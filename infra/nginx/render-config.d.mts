/** The services behind `/api/<name>/`, with their local ports. */
export declare const API_SERVICES: Readonly<Record<ApiService, number>>;
export type ApiService = 'intake' | 'routing' | 'legal-aid' | 'mediation' | 'hotline-exchange';

/** `<repo>/apps/console/dist`, where `npx nx build console` writes the console. */
export declare const DEFAULT_CONSOLE_ROOT: string;
/** The embedded Keycloak's issuer (`scripts/lib/common.sh`). */
export declare const DEFAULT_OIDC_ISSUER: string;

export interface NginxConfigOptions {
  /** Absolute directory for nginx's temporary files, and the default place of its pid file and logs. */
  prefix: string;
  /**
   * The OpenID Connect issuer URL, exactly as tokens name it: the console reads it from
   * `/console-config.json`, and its origin is allowed in the Content-Security-Policy.
   */
  oidcIssuer: string;
  /** The console's client at the provider (default `console`), also in `/console-config.json`. */
  oidcClientId?: string;
  /** Port to listen on (default 8080). */
  port?: number | string;
  /** Address to listen on (default 127.0.0.1; `0.0.0.0` in a container). */
  host?: string;
  /** The built console (default `DEFAULT_CONSOLE_ROOT`); without its index.html `/` answers 503. */
  consoleRoot?: string;
  /** `host:port` of each service, by name (default 127.0.0.1 and its port in `API_SERVICES`). */
  upstreams?: Partial<Record<ApiService, string>>;
  /** Default `<prefix>/nginx.pid`. */
  pidFile?: string;
  /** Default `<prefix>/logs/error.log`. */
  errorLog?: string;
  /** Default `<prefix>/logs/access.log`. */
  accessLog?: string;
  /**
   * The workers' user (and group: `"nobody nogroup"`) when the master runs as root; nginx ignores
   * it otherwise. That user must be able to read `consoleRoot` and pass through its parents.
   */
  user?: string;
  /** A DNS server for service host names that change while running (Docker's: 127.0.0.11). Needs nginx 1.27.3 or newer. */
  resolver?: string;
  /** Send Strict-Transport-Security: only where the browser reaches the console over HTTPS. */
  hsts?: boolean;
}

/**
 * A complete nginx.conf serving the console at `/`, its settings at `/console-config.json`
 * (`{issuer, clientId}`) and the services under `/api/<service>/`.
 */
export declare function renderNginxConfig(options: NginxConfigOptions): string;

/** The nginx binary: NGINX_BIN, then PATH, then /usr/sbin/nginx. Throws when there is none. */
export declare function findNginx(): string;

/** `www-data` (else `nobody`) when running as root, else undefined: startNginx's default `user`. */
export declare function defaultWorkerUser(): string | undefined;

/** Runs `nginx -t` on a rendered file; throws with nginx's message when it is refused. */
export declare function testNginxConfig(
  configFile: string,
  options?: { nginx?: string; prefix?: string; errorLog?: string },
): void;

export interface StartNginxOptions extends Omit<NginxConfigOptions, 'oidcIssuer'> {
  /** Default OIDC_ISSUER from the environment, else `DEFAULT_OIDC_ISSUER`. */
  oidcIssuer?: string;
  /** The nginx binary (default `findNginx()`). */
  nginx?: string;
  /** How long to wait for the port to answer, and for a graceful stop (default 15 s). */
  timeoutMs?: number;
}

export interface RunningNginx {
  pid: number | undefined;
  /** `http://<host>:<port>/` */
  url: string;
  configFile: string;
  stop(): Promise<void>;
}

/**
 * Writes `<prefix>/nginx.conf`, checks it, starts nginx in the foreground of a child process
 * (stopping one left running from the same prefix first) and resolves once the port answers.
 */
export declare function startNginx(options: StartNginxOptions): Promise<RunningNginx>;

/** Gracefully stops the nginx whose pid file is given (default `<prefix>/nginx.pid`); no-op when none runs. */
export declare function stopNginx(options: { prefix: string; pidFile?: string; timeoutMs?: number }): Promise<void>;
