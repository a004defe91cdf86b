import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { RequestHandler } from 'express';

type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};
const compressible = new Set(['.js', '.css', '.json', '.svg']);

/**
 * Serves the web app's hashed build files (`/assets`) Brotli- or gzip-compressed, as the browser
 * accepts; anything else falls through to express.static. A name never changes its content, so
 * each file is compressed once (off the event loop) and kept in memory. On a slow link this is
 * about a third of the bytes, and nothing in front of the app is required to do it.
 */
export function compressedAssets(dir: string): RequestHandler {
  const root = path.resolve(dir);
  const cache = new Map<string, Promise<Buffer | null>>();
  const load = (file: string, encoding: Encoding) => {
    const key = `${encoding}:${file}`;
    let entry = cache.get(key);
    if (!entry) {
      // Only files that exist stay cached, so unknown names cannot fill the memory.
      entry = readFile(file).then(compressors[encoding], () => {
        cache.delete(key);
        return null;
      });
      cache.set(key, entry);
    }
    return entry;
  };

  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = path.join(root, decodeURIComponent(req.path));
    } catch {
      return next();
    }
    if (!file.startsWith(root + path.sep) || !compressible.has(path.extname(file))) return next();
    // Brotli is smaller; browsers list it after gzip, so it is asked for on its own first.
    const encoding: Encoding | null =
      req.acceptsEncodings('br') === 'br'
        ? 'br'
        : req.acceptsEncodings('gzip') === 'gzip'
          ? 'gzip'
          : null;
    if (!encoding) return next();
    const body = await load(file, encoding);
    if (!body) return next();
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.send(body);
  };
}
