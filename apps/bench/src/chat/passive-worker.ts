// Runs in a worker thread: holds the passive members' connections, so that their message handling
// uses another core instead of queueing in front of the measured listener in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { connectClients, disconnectAll } from './clients.ts';

function readInput(data: unknown): { url: string; cookies: string[] } {
  if (typeof data === 'object' && data !== null && 'url' in data && 'cookies' in data && typeof data.url === 'string' && Array.isArray(data.cookies)) {
    return { url: data.url, cookies: data.cookies.map(String) };
  }
  throw new Error('passive-worker: expected { url, cookies }');
}

const { url, cookies } = readInput(workerData);
const clients = await connectClients(url, cookies);
let received = 0;
for (const client of clients) client.on('message:created', () => (received += 1));
parentPort?.on('message', (command) => {
  if (command !== 'close') return;
  disconnectAll(clients);
  parentPort?.postMessage({ received });
});
parentPort?.postMessage('ready');
