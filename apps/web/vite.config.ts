import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

// The API, Socket.IO and the collab endpoint run in one Node process (DESIGN.md section 2).
const backend = 'http://localhost:3000';

// Host is kept as is (no changeOrigin) so the server's Origin check sees a same-host request.
const proxy: Record<string, string | ProxyOptions> = {
  '/api': backend,
  '/healthz': backend,
  '/socket.io': { target: backend, ws: true },
  '/collab': { target: backend, ws: true },
};

export default defineConfig({
  plugins: [react()],
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
