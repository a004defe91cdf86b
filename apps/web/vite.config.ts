import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { isKeptOffline, offlineApiCache } from './src/lib/offlineCache.ts';

// The API, Socket.IO and the collab endpoint run in one Node process (DESIGN.md section 2).
const backend = 'http://localhost:3000';

// Host is kept as is (no changeOrigin) so the server's Origin check sees a same-host request.
const proxy: Record<string, string | ProxyOptions> = {
  '/api': backend,
  '/healthz': backend,
  '/socket.io': { target: backend, ws: true },
  '/collab': { target: backend, ws: true },
};

// The service worker keeps the app's files (precached once per release, about 400 KB compressed)
// and serves index.html for every page, so the app opens without a network; the reads a plan page
// needs are fetched network-first and kept (src/lib/offlineCache.ts). No web manifest: the app is
// not offered for installation. A new release takes over at the next page load, never by
// reloading an open page.
const offline = VitePWA({
  injectRegister: 'script-defer',
  registerType: 'autoUpdate',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,json}'],
    inlineWorkboxRuntime: true,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//, /^\/collab/, /^\/socket\.io/, /^\/healthz/],
    cleanupOutdatedCaches: true,
    // The first visit's page is taken over at once, so its reads are kept from then on.
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: isKeptOffline,
        handler: 'NetworkFirst',
        options: {
          cacheName: offlineApiCache,
          // On a link that hangs, the kept answer after 6 s rather than a spinner.
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 },
        },
      },
    ],
  },
});

export default defineConfig({
  plugins: [react(), offline],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    // Locale bundles stay separate files even when small, so only the active one is downloaded.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    sourcemap: true,
    // Browsers that know `:dir()` (Chrome/Edge 120, Firefox 121, Safari 17). For older targets the
    // minifier rewrites `:dir(rtl)` as `:lang(ar)`, which tests the plan's language instead of the
    // text's direction: an Arabic item in a German list kept its bullet on the far side.
    cssTarget: ['chrome120', 'edge120', 'firefox121', 'safari17'],
  },
});
