# One image for every service (SERVICE picks which one runs), and the console's origin (target
# console): nginx with the built console.
FROM node:24-bookworm-slim AS build
WORKDIR /platform
COPY package.json package-lock.json ./
COPY apps apps
COPY libs libs
COPY nx.json tsconfig.base.json .swcrc ./
RUN npm ci --no-audit --no-fund && npx nx run-many -t build --outputStyle=static && npm prune --omit=dev

# nginx's configuration for the compose network, from the same template `scripts/infra.sh` uses:
# the services by their names (looked up again while running, so a recreated container is
# found), the identity provider at the address browsers reach it.
FROM node:24-bookworm-slim AS console-config
ARG KEYCLOAK_PUBLIC_URL=http://localhost:18080/auth
ARG CONSOLE_HSTS=0
WORKDIR /platform
COPY infra/nginx infra/nginx
RUN node infra/nginx/render-config.mjs --out nginx.conf \
      --host 0.0.0.0 --port 8080 --root /usr/share/nginx/console \
      --issuer "$KEYCLOAK_PUBLIC_URL/realms/legal-hotline" \
      --upstream intake=intake:3001 --upstream routing=routing:3002 --upstream legal-aid=legal-aid:3003 \
      --upstream mediation=mediation:3004 --upstream hotline-exchange=hotline-exchange:3005 \
      --resolver 127.0.0.11 --user nginx --prefix /var/cache/nginx --pid-file /run/nginx.pid \
      --error-log /dev/stderr --access-log /dev/stdout \
      $([ "$CONSOLE_HSTS" = 1 ] && echo --hsts)

# `resolve` in an upstream needs nginx 1.27.3 or newer.
FROM nginx:1.28-alpine AS console
COPY --from=console-config /platform/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /platform/apps/console/dist /usr/share/nginx/console
EXPOSE 8080

# Last, so that a build without a target gives a service.
FROM node:24-bookworm-slim AS service
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE} HOST=0.0.0.0
WORKDIR /platform
COPY --from=build /platform /platform
USER node
CMD ["sh", "-c", "exec node apps/${SERVICE}/dist/main.js"]
