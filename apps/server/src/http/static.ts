import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { compressedAssets } from './compressed-assets.ts';

/** Serves the built web app; every other GET that is not an API path gets index.html (client routing). */
export function webAppRoutes(distDir: string): Router {
  const router = Router();
  const indexHtml = path.join(distDir, 'index.html');
  router.use('/assets', compressedAssets(path.join(distDir, 'assets')));
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  // A chunk of an older build is gone: a 404, not index.html, so the page's retry and error handling see it.
  router.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  // The service worker and its registration are checked on every visit, so a release reaches everyone.
  const isServiceWorker = (file: string) => ['sw.js', 'registerSW.js'].includes(path.basename(file));
  router.use(
    express.static(distDir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (isServiceWorker(file)) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.get('/{*splat}', (_req, res) => {
    if (!fs.existsSync(indexHtml)) {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build` (npm start does it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
