import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT_MARKERS = ['turbo.json', 'package-lock.json'];

/** The monorepo root, found from this file so it does not depend on the caller's working directory. */
export function findRepoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (ROOT_MARKERS.some((marker) => existsSync(join(dir, marker)))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no turbo.json or package-lock.json above ${start}`);
    dir = parent;
  }
}
