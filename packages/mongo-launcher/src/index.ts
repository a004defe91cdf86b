export type {
  DatabaseEngine,
  FerretDbProcess,
  LaunchedDatabase,
  LaunchOptions,
  Log,
  StartFerretDbOptions,
} from './types.ts';
export { DatabaseUnavailableError } from './errors.ts';
export { launchDatabase } from './launch.ts';
export {
  ensureFerretDb,
  FERRETDB_VERSION,
  ferretDbToolPath,
  findFerretDb,
} from './ferretdb-binary.ts';
export { startFerretDb } from './ferretdb.ts';
export { findRepoRoot } from './repo-root.ts';
export { freePort, isPortOpen } from './tcp.ts';
export { ping } from './ping.ts';
