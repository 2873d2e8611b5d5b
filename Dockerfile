# The app image for docker-compose.yml: API and built web app on one port.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web
# Two malloc arenas instead of one per engine thread, each keeping what it freed (as npm start).
ENV HOST=0.0.0.0 PORT=4000 NODE_ENV=production MALLOC_ARENA_MAX=2
EXPOSE 4000
CMD ["npx", "tsx", "api/src/main.ts"]
