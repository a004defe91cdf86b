import { Worker } from 'node:worker_threads';

/** Connects members who only listen, in a worker thread (see passive-worker.ts). */
export async function connectPassiveMembers(url: string, cookies: string[]) {
  // Workers do not inherit tsx's loader: register it in the worker, then load the TypeScript module.
  const entry = new URL('./passive-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { url, cookies } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return {
    /** Disconnects them and tells how many messages they received in all. */
    async close(): Promise<number> {
      const answer = new Promise<{ received: number }>((resolve) => worker.once('message', resolve));
      worker.postMessage('close');
      const { received } = await answer;
      await worker.terminate();
      return received;
    },
  };
}
