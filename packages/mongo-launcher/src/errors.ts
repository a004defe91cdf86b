const WAYS = [
  'Set MONGODB_URI to a running MongoDB (e.g. mongodb://127.0.0.1:27017/jumelage).',
  'Let mongodb-memory-server download mongod once: it needs fastdl.mongodb.org (or MONGOMS_DOWNLOAD_MIRROR), ' +
    'or point MONGOMS_SYSTEM_BINARY at an installed mongod.',
  'Use FerretDB v1.24.2: put ferretdb on PATH, set FERRETDB_BIN, or install go so it can be built into ' +
    '.tools/bin (npx tsx packages/mongo-launcher/src/cli.ts ensure-ferretdb).',
];

/** The one message a developer sees when no database can be had: what was tried and the three ways to fix it. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  readonly reasons: readonly string[];

  constructor(reasons: readonly string[]) {
    const tried = reasons.map((reason) => `  - ${reason}`).join('\n');
    const ways = WAYS.map((way, index) => `  ${index + 1}. ${way}`).join('\n');
    super(`No database available.\nTried:\n${tried}\nProvide one of:\n${ways}`);
    this.reasons = reasons;
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
