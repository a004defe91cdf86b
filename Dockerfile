# Jumelage: one Node process serving the API, Socket.IO, the collaboration endpoint and the web app.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MONGOMS_DISABLE_POSTINSTALL=1 TURBO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json turbo.json tsconfig.json ./
COPY apps ./apps
COPY packages ./packages
RUN npm ci && npx turbo run build --filter=@jumelage/web && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# glibc keeps freed large blocks in per-thread arenas once its mmap threshold has adapted upwards:
# every concurrent argon2 login (19 MiB each, on libuv's threads) would stay resident for good
# (measured: +76 MiB after four parallel logins). A fixed threshold returns them to the system.
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 JUMELAGE_SEED_DEMO=false MALLOC_MMAP_THRESHOLD_=131072
COPY --from=build /app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "apps/server/src/main.ts"]
