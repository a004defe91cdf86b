// The plain y-websocket server (@y/websocket-server 0.1.1), in memory, no auth.
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { planCount, serveChild } from './child.ts';

const server = http.createServer();
const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
serveChild({ url: `ws://127.0.0.1:${port}`, rooms: Array.from({ length: planCount() }, (_, i) => `plan-${i}`), headers: {} }, async () => {
  server.close();
});
