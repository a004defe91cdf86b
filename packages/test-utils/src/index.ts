export * from './http-client.ts';
export * from './test-server.ts';
export * from './factories.ts';
export * from './sockets.ts';
export * from './restartable-database.ts';
export * from './permissions.ts';
