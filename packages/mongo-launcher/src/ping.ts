import { setTimeout as delay } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import { messageOf } from './errors.ts';
import { isPortOpen } from './tcp.ts';

const POLL_MS = 50;

/** One ping with short timeouts: the driver's 30 s defaults would hide a dead server. */
export async function ping(uri: string, timeoutMs = 2000): Promise<void> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    directConnection: true,
  });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
  } finally {
    await client.close();
  }
}

/**
 * Waits for a local server to answer ping. Polls the port first because a refused driver connection
 * costs a whole server-selection round; aborting the signal (the process died) stops the wait at once.
 */
export async function waitUntilPingable(
  uri: string,
  port: number,
  options: { timeoutMs: number; signal: AbortSignal },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError = 'port not open';
  while (Date.now() < deadline) {
    options.signal.throwIfAborted();
    if (await isPortOpen(port)) {
      try {
        await pingUnlessAborted(uri, options.signal);
        return;
      } catch (error) {
        lastError = messageOf(error);
      }
    }
    await delay(POLL_MS, undefined, { signal: options.signal });
  }
  throw new Error(`${uri} did not answer ping within ${options.timeoutMs} ms (${lastError})`);
}

async function pingUnlessAborted(uri: string, signal: AbortSignal): Promise<void> {
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new Error('aborted while waiting for ping'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([ping(uri), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
