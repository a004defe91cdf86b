import { connect, createServer } from 'node:net';

export type Reachability = { isReachable: true } | { isReachable: false; reason: string };

/** Asks the OS for a free port; another process may take it before we bind, which callers must tolerate. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() =>
        port > 0 ? resolve(port) : reject(new Error('the OS assigned no TCP port')),
      );
    });
  });
}

/** One TCP connection attempt (DNS included), bounded by timeoutMs. */
export function checkReachable(
  host: string,
  port: number,
  timeoutMs: number,
): Promise<Reachability> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (result: Reachability): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ isReachable: false, reason: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
    socket.once('connect', () => finish({ isReachable: true }));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish({ isReachable: false, reason: error.code ?? error.message }),
    );
  });
}

export async function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return (await checkReachable(host, port, 1000)).isReachable;
}
