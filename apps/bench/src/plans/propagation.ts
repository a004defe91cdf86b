import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isStall, isStats, type Child } from './children.ts';
import { openProvider, whenSynced } from './clients.ts';
import type { ServerInfo } from './servers/child.ts';

// One round against one server: writers type one character every `typingMs` into their own
// paragraph, readers watch every paragraph; the latency of a character is the time from the
// writer's keystroke to the moment a reader's document contains it (one clock: same process).

export interface Load {
  writers: number;
  readers: number;
  typingMs: number;
  spawnGapMs: number;
  warmupMs: number;
  measureMs: number;
}

export interface RoundResult {
  latenciesMs: number[];
  cpuShare: number;
  /** CPU share of the server's own child processes (the database of ours). */
  childrenCpuShare: number;
  rssBytes: number;
  maxStallMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function writerText(doc: Y.Doc, writer: number): Y.XmlText | undefined {
  for (const node of doc.getXmlFragment('default').toArray()) {
    if (node instanceof Y.XmlElement && node.getAttribute('data-writer') === String(writer)) {
      const text = node.get(0);
      if (text instanceof Y.XmlText) return text;
    }
  }
  return undefined;
}

async function measureWindow(server: Child, stall: Child, load: Load, run: (isMeasuring: () => boolean) => void): Promise<Omit<RoundResult, 'latenciesMs'>> {
  let isMeasuring = false;
  run(() => isMeasuring);
  await sleep(load.warmupMs);
  stall.process.send('reset');
  const before = await server.ask('stats', 'stats', isStats);
  const startedAt = performance.now();
  isMeasuring = true;
  await sleep(load.measureMs);
  isMeasuring = false;
  const after = await server.ask('stats', 'stats', isStats);
  const wallMicros = (performance.now() - startedAt) * 1000;
  const { maxLateMs } = await stall.ask('read', 'stall', isStall);
  return {
    cpuShare: (after.cpuMicros - before.cpuMicros) / wallMicros,
    childrenCpuShare: (after.childrenCpuMicros - before.childrenCpuMicros) / wallMicros,
    rssBytes: after.rssBytes,
    maxStallMs: maxLateMs,
  };
}

/**
 * Writers and readers on y-websocket providers (the same client for every Yjs server): `load`'s
 * writers and readers on each of the server's rooms (plans).
 */
export async function yjsRound(server: Child, info: ServerInfo, protocol: 'y-websocket' | 'hocuspocus', stall: Child, load: Load): Promise<RoundResult> {
  // Every y-websocket provider adds a process 'exit' listener (rounds may run side by side).
  const clients = (load.writers + load.readers) * info.rooms.length;
  process.setMaxListeners(process.getMaxListeners() + clients);
  const providers: WebsocketProvider[] = [];
  // Writer g = room * load.writers + its number in the room.
  const sentAt: number[][] = Array.from({ length: load.writers * info.rooms.length }, () => []);
  const latenciesMs: number[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    const texts: Y.XmlText[] = [];
    let isMeasuring = () => false;
    for (const [r, room] of info.rooms.entries()) {
      const first = r * load.writers;
      for (let i = 0; i < load.writers + load.readers; i++) {
        const doc = new Y.Doc();
        const provider = openProvider(info, room, protocol, doc);
        providers.push(provider);
        if (i < load.writers) {
          await whenSynced(provider);
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.setAttribute('data-writer', String(i));
          const text = new Y.XmlText();
          paragraph.insert(0, [text]);
          doc.getXmlFragment('default').push([paragraph]);
          texts.push(text);
        } else {
          const seen = new Array<number>(load.writers).fill(-1);
          const found: Array<Y.XmlText | undefined> = [];
          doc.on('afterTransaction', () => {
            const now = performance.now();
            for (let w = 0; w < load.writers; w++) {
              found[w] ??= writerText(doc, w);
              const length = found[w]?.length ?? 0;
              if (seen[w] === -1) seen[w] = length;
              for (let seq = seen[w] ?? 0; seq < length; seq++) {
                const sent = sentAt[first + w]?.[seq];
                if (sent !== undefined && isMeasuring()) latenciesMs.push(now - sent);
              }
              seen[w] = Math.max(seen[w] ?? 0, length);
            }
          });
        }
        await sleep(load.spawnGapMs);
      }
    }
    await Promise.all(providers.map((provider) => whenSynced(provider)));
    const stats = await measureWindow(server, stall, load, (measuring) => {
      isMeasuring = measuring;
      texts.forEach((text, g) => {
        const type = () => {
          sentAt[g]?.push(performance.now());
          text.insert(text.length, 'x');
        };
        setTimeout(() => timers.push(setInterval(type, load.typingMs)), (g * load.typingMs) / texts.length);
      });
    });
    return { latenciesMs, ...stats };
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const provider of providers) provider.destroy();
    process.setMaxListeners(process.getMaxListeners() - clients);
  }
}

/** The floor: the same writers' messages echoed by a plain ws server (round trip), readers idle. */
export async function echoRound(server: Child, info: ServerInfo, stall: Child, load: Load): Promise<RoundResult> {
  const sockets: WebSocket[] = [];
  const latenciesMs: number[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    for (let i = 0; i < load.writers + load.readers; i++) {
      const socket = new WebSocket(`${info.url}/${info.rooms[0] ?? ''}`, { perMessageDeflate: false });
      await new Promise((resolve) => socket.once('open', resolve));
      sockets.push(socket);
      await sleep(load.spawnGapMs);
    }
    const stats = await measureWindow(server, stall, load, (isMeasuring) => {
      sockets.slice(0, load.writers).forEach((socket, w) => {
        socket.on('message', (data: Buffer) => {
          if (isMeasuring()) latenciesMs.push(performance.now() - data.readDoubleLE(0));
        });
        const send = () => {
          const message = Buffer.alloc(8);
          message.writeDoubleLE(performance.now());
          socket.send(message);
        };
        setTimeout(() => timers.push(setInterval(send, load.typingMs)), (w * load.typingMs) / load.writers);
      });
    });
    return { latenciesMs, ...stats };
  } finally {
    for (const timer of timers) clearInterval(timer);
    for (const socket of sockets) socket.terminate();
  }
}
