import { checkReachable } from './tcp.ts';

const DEFAULT_MIRROR = 'https://fastdl.mongodb.org';
// The variables mongodb-memory-server's downloader reads, in its order.
const PROXY_VARIABLES = [
  'yarn_https-proxy',
  'yarn_proxy',
  'npm_config_https-proxy',
  'npm_config_proxy',
  'https_proxy',
  'http_proxy',
  'HTTPS_PROXY',
  'HTTP_PROXY',
];

/** Where mongodb-memory-server would connect to download mongod: its proxy if set, else its download URL or mirror. */
export function downloadEndpoint(env: NodeJS.ProcessEnv): URL {
  const proxy = PROXY_VARIABLES.map((name) => env[name]).find(
    (value) => value !== undefined && value !== '',
  );
  return new URL(
    proxy || env.MONGOMS_DOWNLOAD_URL || env.MONGOMS_DOWNLOAD_MIRROR || DEFAULT_MIRROR,
  );
}

/**
 * One bounded connection attempt to the download host. mongodb-memory-server itself retries a failed
 * download several times with back-off (about 7 s offline); this lets an offline machine move on at once.
 * Resolves with the reason it cannot be reached, or null.
 */
export async function probeDownloadHost(
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<string | null> {
  const endpoint = downloadEndpoint(env);
  const port = Number(endpoint.port) || (endpoint.protocol === 'http:' ? 80 : 443);
  const host = endpoint.hostname.replace(/^\[(.*)\]$/, '$1');
  const result = await checkReachable(host, port, timeoutMs);
  return result.isReachable
    ? null
    : `cannot reach ${host}:${port} to download mongod (${result.reason})`;
}
