// Cold open: the automerge-paper trace's final document (104,852 characters) stored as a plan,
// opened from the database (server side: read rows, apply, ready to sync; client side: upgrade with
// auth, load, first sync of a y-websocket client) next to applying the same state bytes to a fresh
// Y.Doc in memory. Then: heap with the document open, and after its last client left.
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Benchmark } from '../run.ts';
import { ms, ratio } from '../stats.ts';
import { startBenchApp, type BenchApp } from '../plans/bench-app.ts';
import { whenSynced } from '../plans/clients.ts';
import { heapAfterGc, mib } from '../plans/memory.ts';
import { discardingTransport, median, syncUpdateMessage } from '../plans/messages.ts';
import { clientUpdates, loadTrace, traceText } from '../plans/trace.ts';

const repetitions = 7;

async function untilUnloaded(bench: BenchApp, planId: string): Promise<void> {
  while (bench.app.collab.registry.get(planId)) await new Promise((resolve) => setTimeout(resolve, 2));
}

/** Stores the trace's final document as the plan's content, the way a client's edits arrive. */
async function storeTraceDocument(bench: BenchApp, planId: string, endContent: string): Promise<Uint8Array> {
  const trace = await loadTrace();
  const { collab } = bench.app;
  const shared = await collab.registry.acquire(planId, bench.partnershipId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(shared.doc));
  for (const update of clientUpdates(trace, Y.encodeStateAsUpdate(shared.doc))) Y.applyUpdate(doc, update);
  const state = Y.encodeStateAsUpdate(doc);
  const writer = collab.attach(shared, bench.identity(), discardingTransport);
  writer.receive(syncUpdateMessage(state));
  if (traceText(shared.doc) !== endContent) throw new Error('the stored plan does not hold the trace end content');
  writer.close(1000, 'done');
  await untilUnloaded(bench, planId);
  return state;
}

/** Heap while the server holds the document; no reference to it survives this function. */
async function heapWithDocumentOpen(bench: BenchApp, planId: string): Promise<number> {
  const shared = await bench.app.collab.registry.acquire(planId, bench.partnershipId);
  const heap = heapAfterGc();
  bench.app.collab.registry.release(shared);
  await untilUnloaded(bench, planId);
  return heap;
}

async function clientOpen(bench: BenchApp, planId: string): Promise<number> {
  const headers = { cookie: bench.cookie, origin: bench.url };
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const started = performance.now();
  // ws implements the WebSocket API y-websocket uses; its TypeScript class is not the DOM's type.
  const provider = new WebsocketProvider(`${bench.url.replace(/^http/, 'ws')}/collab`, `plan:${planId}`, new Y.Doc(), {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await whenSynced(provider);
  const elapsed = performance.now() - started;
  provider.doc.destroy();
  provider.destroy();
  await untilUnloaded(bench, planId);
  return elapsed;
}

const benchmark: Benchmark = {
  name: 'plans: cold open from the database vs in-memory apply, and memory after the last client left',
  async run() {
    const trace = await loadTrace();
    const bench = await startBenchApp();
    try {
      const planId = await bench.createPlan('blank');
      const state = await storeTraceDocument(bench, planId, trace.endContent);
      const rows = await bench.app.ctx.models.PlanUpdate.countDocuments({ planId });
      console.log(`engine: ${bench.db.engine}; state ${(state.byteLength / 1024).toFixed(0)} KiB in ${rows} stored rows`);

      const inMemory: number[] = [];
      const serverOpen: number[] = [];
      const clientFirstSync: number[] = [];
      for (let i = 0; i < repetitions; i++) {
        const started = performance.now();
        const doc = new Y.Doc();
        Y.applyUpdate(doc, state);
        inMemory.push(performance.now() - started);
        doc.destroy();

        const opened = performance.now();
        const shared = await bench.app.collab.registry.acquire(planId, bench.partnershipId);
        serverOpen.push(performance.now() - opened);
        bench.app.collab.registry.release(shared);
        await untilUnloaded(bench, planId);

        clientFirstSync.push(await clientOpen(bench, planId));
      }
      const [memory, server, client] = [median(inMemory), median(serverOpen), median(clientFirstSync)];
      console.log(`in-memory Y.applyUpdate of the state: median ${ms(memory)}`);
      console.log(`cold open from the database (server side, ready to sync): median ${ms(server)} = ${ratio(server, memory)}`);
      console.log(`client connect to first sync (auth + load + 1 round trip): median ${ms(client)} = ${ratio(client, memory)}`);

      // Sockets finish their close handshake a moment after the last client left; heaps are read
      // once they are gone, so a closing socket's buffers do not count as the document's.
      const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
      await settle();
      const baseline = heapAfterGc();
      const loaded = await heapWithDocumentOpen(bench, planId);
      const afterCycles: number[] = [];
      for (let i = 0; i < 5; i++) {
        await clientOpen(bench, planId);
        await settle();
        afterCycles.push(heapAfterGc() - baseline);
      }
      const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${mib(bytes)}`;
      console.log(`heap: ${mib(baseline)} with no document loaded; ${signed(loaded - baseline)} with the document open`);
      console.log(`heap after each of 5 client open/leave cycles: ${afterCycles.map(signed).join(', ')} (documents in memory: ${bench.app.collab.stats().documents})`);
    } finally {
      await bench.close();
    }
  },
};

export default benchmark;
