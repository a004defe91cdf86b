// Hocuspocus 3 in memory (no extensions, no auth hook).
import { Server } from '@hocuspocus/server';
import { serveChild } from './child.ts';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
serveChild({ url: `ws://127.0.0.1:${server.address.port}`, rooms: ['plan'], headers: {} }, () => server.destroy());
