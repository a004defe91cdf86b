import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full garbage collection on demand without starting Node with --expose-gc.
setFlagsFromString('--expose-gc');
const gc: unknown = runInNewContext('gc');

/** Heap in use after a full collection, in bytes. */
export function heapAfterGc(): number {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
