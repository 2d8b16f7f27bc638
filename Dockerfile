# syntax=docker/dockerfile:1
# The portal as a container (docs/operations.md, "Deploying"). Every step runs a command CI runs on a
# fresh clone — npm ci, npm run build, npm run db:migrate, node server.mjs — but the image itself is
# not built in CI: these machines cannot pull base images.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# `npm ci` runs `prisma generate` (postinstall), which needs the schema and its config.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

# The one-shot migration (compose's `migrate`): the whole tree, TypeScript runner included.
FROM build AS migrate
USER node
CMD ["npm", "run", "db:migrate"]

FROM build AS pruned
RUN npm prune --omit=dev --no-audit --no-fund && rm -rf .next/cache

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=pruned --chown=node:node /app/package.json /app/next.config.js /app/server.mjs ./
COPY --from=pruned --chown=node:node /app/node_modules ./node_modules
COPY --from=pruned --chown=node:node /app/.next ./.next
COPY --from=pruned --chown=node:node /app/public ./public
# The server entry's own modules (lib/http, lib/log, lib/ops) and the migrations /api/ready compares.
COPY --from=pruned --chown=node:node /app/lib ./lib
COPY --from=pruned --chown=node:node /app/prisma/migrations ./prisma/migrations
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM reaches node directly (no shell): it drains and exits 0 within SHUTDOWN_GRACE_MS.
CMD ["node", "server.mjs"]
