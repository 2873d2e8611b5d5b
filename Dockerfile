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
# jemalloc for the API process (api/bin/with-allocator.sh: it gives memory back after a burst).
RUN apt-get update && apt-get install -y --no-install-recommends libjemalloc2 && rm -rf /var/lib/apt/lists/*
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
# The allocator as npm start picks it; here it must be jemalloc (the launcher fails without it).
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production MEMORY_ALLOCATOR=jemalloc GRAPH_DATA_DIR=/app/data BACKUP_DIR=/app/backups
VOLUME ["/app/data", "/app/backups"]
EXPOSE 4000
# Ready = the HTTP server answers and the store answers a trivial query (GET /ready).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT||4000}/ready`).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node behind the launcher, which execs it (no npm or npx in between): SIGTERM reaches the server,
# which closes the store's file lock.
CMD ["sh", "api/bin/with-allocator.sh", "node", "--import", "tsx", "api/src/main.ts"]
