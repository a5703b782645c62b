# One image for every service; SERVICE picks which one runs.
FROM node:24-bookworm-slim AS build
WORKDIR /platform
COPY package.json package-lock.json ./
COPY apps apps
COPY libs libs
COPY nx.json tsconfig.base.json .swcrc ./
RUN npm ci --no-audit --no-fund && npx nx run-many -t build --outputStyle=static && npm prune --omit=dev

FROM node:24-bookworm-slim
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE} HOST=0.0.0.0
WORKDIR /platform
COPY --from=build /platform /platform
USER node
CMD ["sh", "-c", "exec node apps/${SERVICE}/dist/main.js"]
