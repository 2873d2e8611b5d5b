# The production image: API and built web app on one port, run as the unprivileged `node` user.
# Build stage: all dependencies, to build the web app with Vite.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

# Runtime stage: production dependencies only (tsx runs the TypeScript), no build tools, no tests.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY api ./api
COPY cypher ./cypher
COPY seed ./seed
COPY --from=build /app/web/dist ./web/dist
# The store and the backups are the only places the server writes; the code stays root's, read-only to it.
RUN mkdir -p /app/data /app/backups && chown node:node /app/data /app/backups
USER node
# Two malloc arenas instead of one per engine thread, each keeping what it freed (as npm start).
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production MALLOC_ARENA_MAX=2 GRAPH_DATA_DIR=/app/data BACKUP_DIR=/app/backups
VOLUME ["/app/data", "/app/backups"]
EXPOSE 4000
# Ready = the HTTP server answers and the store answers a trivial query (GET /ready).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT||4000}/ready`).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly, no npm or npx in between: SIGTERM reaches the server, which closes the store's file lock.
CMD ["node", "--import", "tsx", "api/src/main.ts"]
