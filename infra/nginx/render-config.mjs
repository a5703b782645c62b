// The console's single origin: nginx serves the built console at `/` (and, at
// `/console-config.json`, where it signs people in) and passes `/api/<service>/...` to the five
// services, with the security headers on every answer.
// One template for every installation: `scripts/infra.sh up` (127.0.0.1:8080), the browser tests
// (a second instance on their own port) and the image in docker-compose.yml.
//
//   node infra/nginx/render-config.mjs --prefix DIR [--port 8080] [--host 127.0.0.1]
//     [--root apps/console/dist] [--issuer URL] [--client-id console] [--upstream intake=127.0.0.1:3001 ...]
//     [--pid-file F] [--error-log F] [--access-log F] [--user NAME] [--resolver ADDR] [--hsts]
//     [--out FILE]
//
// Without flags, CONSOLE_PORT, CONSOLE_ROOT, OIDC_ISSUER and CONSOLE_HSTS=1 are read from the
// environment. The file is printed, or written to --out.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The services behind `/api/<name>/`, with their local ports (`scripts/start.sh`). */
export const API_SERVICES = Object.freeze({
  intake: 3001,
  routing: 3002,
  'legal-aid': 3003,
  mediation: 3004,
  'hotline-exchange': 3005,
});

export const DEFAULT_CONSOLE_ROOT = join(REPO_ROOT, 'apps/console/dist');
export const DEFAULT_OIDC_ISSUER = 'http://127.0.0.1:18080/auth/realms/legal-hotline';

/** The services' own limit (HTTP_BODY_LIMIT_BYTES): nginx refuses the same bodies they would. */
const BODY_LIMIT_BYTES = 65536;
/** An event stream stays open; ordinary answers come within the default 60 s. */
const EVENT_STREAM_READ_TIMEOUT = '1h';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const MIME_TYPES = {
  'text/html': 'html htm',
  'text/css': 'css',
  'application/javascript': 'js mjs',
  'application/json': 'json map',
  'application/manifest+json': 'webmanifest',
  'application/wasm': 'wasm',
  'image/svg+xml': 'svg svgz',
  'image/png': 'png',
  'image/jpeg': 'jpg jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/x-icon': 'ico',
  'font/woff2': 'woff2',
  'font/woff': 'woff',
  'font/ttf': 'ttf',
  'font/otf': 'otf',
  'text/plain': 'txt',
  'application/xml': 'xml',
};

const CONSOLE_NOT_BUILT =
  '控制台尚未构建：请运行 npx nx build console（或 npm start），然后刷新本页。\\n' +
  'The console has not been built yet: run npx nx build console (or npm start), then reload this page.\\n';

/**
 * Renders a complete nginx.conf (one `http` block, one `server`).
 *
 * @param {import('./render-config.d.mts').NginxConfigOptions} options
 * @returns {string}
 */
export function renderNginxConfig(options) {
  const o = normalise(options);
  const headers = securityHeaders(o);
  const upstreams = Object.entries(o.upstreams);
  const lines = [
    '# Rendered by infra/nginx/render-config.mjs: change the template there, not this file.',
    ...(o.user ? [`user ${o.user};`] : []),
    'worker_processes auto;',
    `pid ${quote(o.pidFile)};`,
    `error_log ${quote(o.errorLog)} warn;`,
    '',
    'events {',
    '    worker_connections 1024;',
    '}',
    '',
    'http {',
    '    server_tokens off;',
    '    charset utf-8;',
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_timeout 65s;',
    '    # Redirects keep the scheme and host the browser used (a gateway in front may terminate TLS).',
    '    absolute_redirect off;',
    `    client_max_body_size ${BODY_LIMIT_BYTES};`,
    '',
    "    # Every path is this installation's own: nothing of the distribution's configuration is read.",
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `    ${kind}_temp_path ${quote(join(o.prefix, `${kind}_temp`))};`,
    ),
    '    # The path without its query: a search by caller phone must not leave the number in a log.',
    '    log_format console \'$remote_addr [$time_iso8601] "$request_method $uri" $status $body_bytes_sent \'',
    '                       \'$request_time "$upstream_addr" $upstream_response_time \'',
    '                       \'correlation=$upstream_http_x_correlation_id "$http_user_agent"\';',
    `    access_log ${quote(o.accessLog)} console;`,
    '',
    '    types {',
    ...Object.entries(MIME_TYPES).map(([type, extensions]) => `        ${type} ${extensions};`),
    '    }',
    '    default_type application/octet-stream;',
    '',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_min_length 1024;',
    '    gzip_proxied any;',
    '    gzip_types application/javascript text/css application/json image/svg+xml;',
    '',
    ...(o.resolver
      ? [
          '    # Service addresses are looked up again while running: a recreated container gets a new one.',
          `    resolver ${o.resolver} valid=10s ipv6=off;`,
          '',
        ]
      : []),
    "    # Vite's hashed file names change with their content; the page itself is checked on every load;",
    '    # the services choose for their own answers.',
    '    map $uri $console_cache_control {',
    `        ~^/assets/ "public, max-age=${ONE_YEAR_SECONDS}, immutable";`,
    '        /console-config.json "no-store";',
    '        ~^/(?:api|event-streams)/ "";',
    '        default "no-cache";',
    '    }',
    '',
    '    # The service a request under /api/<service>/ is for, to name it in gateway errors.',
    '    map $uri $api_service {',
    '        "~^/(?:api|event-streams)/(?<api_service_name>[a-z-]+)/" $api_service_name;',
    '        default "";',
    '    }',
    '',
    ...upstreams.flatMap(([name, address]) => [
      `    upstream api-${name} {`,
      ...(o.resolver
        ? [`        zone api-${name} 64k;`, `        server ${address} resolve;`]
        : [`        server ${address};`]),
      '        keepalive 8;',
      '    }',
    ]),
    '',
    '    server {',
    `        listen ${o.host}:${o.port};`,
    '        server_name _;',
    `        root ${quote(o.consoleRoot)};`,
    '',
    "        # On every answer, nginx's own errors and the services' included. No location below has an",
    '        # add_header of its own: one would replace this whole set there.',
    ...headers,
    '        add_header Cache-Control $console_cache_control always;',
    '',
    '        # The console is a single-page application: unknown paths are its own routes.',
    '        location / {',
    '            try_files $uri /index.html =503;',
    '            error_page 503 @console-not-built;',
    '        }',
    '',
    '        location /assets/ {',
    '            try_files $uri =404;',
    '        }',
    '',
    "        # Where the console signs people in: this installation's identity provider, read at start-up,",
    '        # so the same build serves any installation.',
    '        location = /console-config.json {',
    '            default_type application/json;',
    `            return 200 '${JSON.stringify({ issuer: o.oidcIssuer, clientId: o.oidcClientId })}';`,
    '        }',
    '',
    '        location @console-not-built {',
    '            default_type text/plain;',
    `            return 503 "${CONSOLE_NOT_BUILT}";`,
    '        }',
    '',
    '        location /api/ {',
    '            default_type application/json;',
    `            return 404 '${errorJson(404, 'Not Found', 'GATEWAY.UNKNOWN_SERVICE', `no service answers here; the services are ${Object.keys(API_SERVICES).join(', ')}`)}';`,
    '        }',
    ...upstreams.flatMap(([name]) => apiLocations(name)),
    '',
    '        location @api-body-too-large {',
    '            default_type application/json;',
    `            return 413 '${errorJson(413, 'Payload Too Large', 'FST_ERR_CTP_BODY_TOO_LARGE', `Request body is too large (the limit is ${BODY_LIMIT_BYTES} bytes)`)}';`,
    '        }',
    '',
    '        location @api-unreachable {',
    '            default_type application/json;',
    `            return 502 '${errorJson(502, 'Bad Gateway', 'GATEWAY.SERVICE_UNREACHABLE', 'the $api_service service is not reachable; try again shortly')}';`,
    '        }',
    '',
    '        location @api-timeout {',
    '            default_type application/json;',
    `            return 504 '${errorJson(504, 'Gateway Timeout', 'GATEWAY.SERVICE_TIMEOUT', 'the $api_service service did not answer in time; try again shortly')}';`,
    '        }',
    '    }',
    '}',
    '',
  ];
  return lines.join('\n');
}

/** `/api/<name>/x` → `http://<upstream>/api/x`; requests for an event stream take their own location. */
function apiLocations(name) {
  const proxy = [
    `proxy_pass http://api-${name}/api/;`,
    'proxy_http_version 1.1;',
    'proxy_set_header Connection "";',
    'proxy_set_header Host $host;',
    'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    'proxy_set_header X-Forwarded-Proto $scheme;',
    'proxy_set_header X-Correlation-Id $http_x_correlation_id;',
    'proxy_connect_timeout 5s;',
    'error_page 413 @api-body-too-large;',
    'error_page 502 503 @api-unreachable;',
    'error_page 504 @api-timeout;',
  ].map((line) => `            ${line}`);
  return [
    '',
    `        location /api/${name}/ {`,
    '            if ($http_accept ~* "text/event-stream") {',
    `                rewrite ^/api/${name}/(.*)$ /event-streams/${name}/$1 last;`,
    '            }',
    ...proxy,
    '        }',
    '',
    '        # Server-sent events reach the browser as they are written, and the stream may stay open.',
    `        location /event-streams/${name}/ {`,
    '            internal;',
    ...proxy,
    '            proxy_buffering off;',
    '            proxy_cache off;',
    `            proxy_read_timeout ${EVENT_STREAM_READ_TIMEOUT};`,
    '            gzip off;',
    '        }',
  ];
}

function securityHeaders({ issuerOrigin, hsts }) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Ant Design writes its styles into the page at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${issuerOrigin}`,
    // Silent token renewal runs in a hidden frame at the identity provider.
    `frame-src ${issuerOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${issuerOrigin}`,
    "object-src 'none'",
  ].join('; ');
  const headers = [
    ['Content-Security-Policy', csp],
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // Only where the browser reaches the console over HTTPS (a gateway in front terminates TLS).
    ...(hsts ? [['Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`]] : []),
  ];
  return headers.map(([name, value]) => `        add_header ${name} "${value}" always;`);
}

/** The platform's error shape, for answers nginx gives itself. */
function errorJson(statusCode, error, code, message) {
  return JSON.stringify({ statusCode, error, message, errors: [{ field: null, code, description: message }] });
}

function quote(path) {
  return `"${path}"`;
}

function normalise(options) {
  const fail = (message) => {
    throw new Error(`nginx configuration: ${message}`);
  };
  const { prefix } = options ?? {};
  if (typeof prefix !== 'string' || !isAbsolute(prefix))
    fail(`prefix must be an absolute directory, got ${String(prefix)}`);

  const port = Number(options.port ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`port must be 1-65535, got ${String(options.port)}`);
  const host = options.host ?? '127.0.0.1';
  if (!/^[0-9.]+$|^\[[0-9a-f:]+\]$|^\*$/i.test(host)) fail(`host must be an IP address, got ${host}`);

  const unknown = Object.keys(options.upstreams ?? {}).filter((name) => !(name in API_SERVICES));
  if (unknown.length > 0)
    fail(`unknown upstream ${unknown.join(', ')}; the services are ${Object.keys(API_SERVICES).join(', ')}`);
  const upstreams = Object.fromEntries(
    Object.entries(API_SERVICES).map(([name, servicePort]) => {
      const address = options.upstreams?.[name] ?? `127.0.0.1:${servicePort}`;
      if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(address)) fail(`upstream ${name} must be host:port, got ${address}`);
      return [name, address];
    }),
  );

  let issuerOrigin;
  try {
    const issuer = new URL(options.oidcIssuer ?? '');
    if (issuer.protocol !== 'http:' && issuer.protocol !== 'https:') throw new Error(issuer.protocol);
    issuerOrigin = issuer.origin;
  } catch {
    fail(`oidcIssuer must be an http(s) URL, got ${String(options.oidcIssuer)}`);
  }
  // It goes into quoted nginx strings, where a quote, a dollar sign or a backslash would be syntax.
  if (/['"$\\\s]/.test(options.oidcIssuer))
    fail(`oidcIssuer contains a character nginx would misread: ${options.oidcIssuer}`);
  const oidcClientId = options.oidcClientId ?? 'console';
  if (!/^[A-Za-z0-9._-]+$/.test(oidcClientId)) fail(`oidcClientId must be a client id, got ${oidcClientId}`);

  const paths = {
    consoleRoot: options.consoleRoot ?? DEFAULT_CONSOLE_ROOT,
    prefix,
    pidFile: options.pidFile ?? join(prefix, 'nginx.pid'),
    errorLog: options.errorLog ?? join(prefix, 'logs/error.log'),
    accessLog: options.accessLog ?? join(prefix, 'logs/access.log'),
  };
  for (const [name, path] of Object.entries(paths)) {
    if (!isAbsolute(path)) fail(`${name} must be an absolute path, got ${path}`);
    if (/["\\$\n\r{};]/.test(path)) fail(`${name} contains a character nginx would misread: ${path}`);
  }
  if (options.user !== undefined && !/^[a-z_][a-z0-9_-]*( [a-z_][a-z0-9_-]*)?$/.test(options.user)) {
    fail(`user must be a user name, optionally followed by a group, got ${options.user}`);
  }
  if (options.resolver !== undefined && !/^[0-9.:[\]]+$/.test(options.resolver))
    fail(`resolver must be an IP address, got ${options.resolver}`);

  return {
    ...paths,
    port,
    host,
    upstreams,
    oidcIssuer: options.oidcIssuer,
    oidcClientId,
    issuerOrigin,
    hsts: options.hsts === true,
    user: options.user,
    resolver: options.resolver,
  };
}

// --- running a project-local instance --------------------------------------

/** The nginx binary: NGINX_BIN, then PATH, then Debian's /usr/sbin/nginx (not on a user's PATH). */
export function findNginx() {
  const candidates = [
    process.env.NGINX_BIN,
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'nginx')),
    '/usr/sbin/nginx',
  ];
  const found = candidates.find((candidate) => candidate && isExecutable(candidate));
  if (!found)
    throw new Error(
      'nginx not found: `bash scripts/infra.sh up` installs it (Debian: apt-get install -y nginx), or set NGINX_BIN',
    );
  return found;
}

/** Workers run as an unprivileged user (and group) when the master is started by root. */
export function defaultWorkerUser() {
  if (process.getuid?.() !== 0) return undefined;
  if (/^www-data:/m.test(readFileSync('/etc/passwd', 'utf8'))) return 'www-data';
  return /^nogroup:/m.test(readFileSync('/etc/group', 'utf8')) ? 'nobody nogroup' : 'nobody';
}

/** Checks a rendered file with `nginx -t`; throws with nginx's own words when it is refused. */
export function testNginxConfig(
  configFile,
  { nginx = findNginx(), prefix = dirname(configFile), errorLog = join(prefix, 'logs/error.log') } = {},
) {
  mkdirSync(dirname(errorLog), { recursive: true });
  const result = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', configFile, '-e', errorLog], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx -t refused ${configFile}:\n${result.stderr || result.stdout}`);
}

/**
 * Renders the configuration into `<prefix>/nginx.conf`, starts nginx with it (after stopping one
 * left running from the same prefix) and resolves once the port answers.
 *
 * @param {import('./render-config.d.mts').StartNginxOptions} options
 * @returns {Promise<import('./render-config.d.mts').RunningNginx>}
 */
export async function startNginx(options) {
  const { nginx = findNginx(), timeoutMs = 15_000, ...renderOptions } = options;
  const settings = {
    ...renderOptions,
    user: renderOptions.user ?? defaultWorkerUser(),
    oidcIssuer: renderOptions.oidcIssuer ?? process.env.OIDC_ISSUER ?? DEFAULT_OIDC_ISSUER,
  };
  const o = normalise(settings);
  const configFile = join(o.prefix, 'nginx.conf');
  for (const dir of [o.prefix, dirname(o.pidFile), dirname(o.errorLog), dirname(o.accessLog)])
    mkdirSync(dir, { recursive: true });
  await stopNginx({ prefix: o.prefix, pidFile: o.pidFile });
  writeFileSync(configFile, renderNginxConfig(settings));
  testNginxConfig(configFile, { nginx, prefix: o.prefix, errorLog: o.errorLog });

  const child = spawn(nginx, ['-p', o.prefix, '-c', configFile, '-e', o.errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  const host = o.host === '*' || o.host === '0.0.0.0' ? '127.0.0.1' : o.host;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await Promise.race([exited, portAnswers(host, o.port).then((open) => (open ? 'ready' : 'waiting'))]);
    if (state === 'ready') break;
    if (typeof state === 'object')
      throw new Error(`nginx exited during start-up (${state.code ?? state.signal}): ${stderr || tail(o.errorLog)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `nginx did not answer on ${host}:${o.port} within ${timeoutMs} ms: ${stderr || tail(o.errorLog)}`,
      );
    }
    await sleep(100);
  }
  child.stderr.removeAllListeners('data');
  child.stderr.resume();
  return {
    pid: child.pid,
    url: `http://${host}:${o.port}/`,
    configFile,
    stop: () => stopNginx({ prefix: o.prefix, pidFile: o.pidFile, timeoutMs }),
  };
}

/**
 * Stops the nginx whose master wrote `pidFile` (default `<prefix>/nginx.pid`): a graceful quit
 * (open requests finish), then SIGKILL after `timeoutMs`. A missing or stale pid file is fine.
 *
 * @param {{ prefix: string, pidFile?: string, timeoutMs?: number }} options
 */
export async function stopNginx({ prefix, pidFile = join(prefix, 'nginx.pid'), timeoutMs = 15_000 }) {
  let pid;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return;
  }
  // Only a master started with this prefix: the pid may have been reused since.
  if (!Number.isInteger(pid) || pid <= 0 || !isNginxMaster(pid, prefix)) return;
  process.kill(pid, 'SIGQUIT');
  const deadline = Date.now() + timeoutMs;
  while (isNginxMaster(pid, prefix)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
}

function isNginxMaster(pid, prefix) {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.[0];
    return state !== 'Z' && command.includes('nginx: master process') && command.includes(prefix);
  } catch {
    return false;
  }
}

function portAnswers(host, port) {
  return new Promise((resolvePort) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolvePort(true)));
    socket.once('error', () => resolvePort(false));
    socket.once('timeout', () => (socket.destroy(), resolvePort(false)));
  });
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function tail(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '';
}

// --- command line ----------------------------------------------------------

function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      prefix: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      root: { type: 'string' },
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      upstream: { type: 'string', multiple: true },
      'pid-file': { type: 'string' },
      'error-log': { type: 'string' },
      'access-log': { type: 'string' },
      user: { type: 'string' },
      resolver: { type: 'string' },
      hsts: { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const upstreams = Object.fromEntries(
    (values.upstream ?? []).map((entry) => {
      const at = entry.indexOf('=');
      if (at < 1) throw new Error(`--upstream takes name=host:port, got ${entry}`);
      return [entry.slice(0, at), entry.slice(at + 1)];
    }),
  );
  const config = renderNginxConfig({
    prefix: values.prefix && resolve(values.prefix),
    port: values.port ?? process.env.CONSOLE_PORT ?? 8080,
    host: values.host,
    consoleRoot: values.root ? resolve(values.root) : process.env.CONSOLE_ROOT || undefined,
    oidcIssuer: values.issuer ?? process.env.OIDC_ISSUER ?? DEFAULT_OIDC_ISSUER,
    oidcClientId: values['client-id'],
    upstreams,
    pidFile: values['pid-file'],
    errorLog: values['error-log'],
    accessLog: values['access-log'],
    user: values.user,
    resolver: values.resolver,
    hsts: values.hsts ?? process.env.CONSOLE_HSTS === '1',
  });
  if (values.out) writeFileSync(values.out, config);
  else process.stdout.write(config);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
