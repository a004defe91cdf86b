export * from './http-client.ts';
export * from './test-server.ts';
export * from './factories.ts';
