// Usage: npx tsx packages/mongo-launcher/src/cli.ts ensure-ferretdb
// Prints the path of a FerretDB binary, building it with go first if none is found (CI runs this once).
import { messageOf } from './errors.ts';
import { ensureFerretDb } from './ferretdb-binary.ts';
import { findRepoRoot } from './repo-root.ts';

const USAGE = 'usage: tsx packages/mongo-launcher/src/cli.ts ensure-ferretdb';

async function main(args: readonly string[]): Promise<number> {
  if (args.length !== 1 || args[0] !== 'ensure-ferretdb') {
    console.error(USAGE);
    return 2;
  }
  const binary = await ensureFerretDb(findRepoRoot(), (message) =>
    console.error(`[ferretdb] ${message}`),
  );
  console.log(binary);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 1;
  },
);
