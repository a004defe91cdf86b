// The floor: a plain ws server that sends every message straight back to its sender.
import { WebSocketServer } from 'ws';
import { serveChild } from './child.ts';

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
await new Promise<void>((resolve) => wss.once('listening', resolve));
wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
const address = wss.address();
const port = typeof address === 'object' && address ? address.port : 0;
serveChild({ url: `ws://127.0.0.1:${port}`, rooms: ['echo'], headers: {} }, async () => {
  wss.close();
});
