import type { TestProject } from 'vitest/node';
import { launchDatabase } from '@jumelage/mongo-launcher';

import './provided-context.ts';

/** One database server per test run; every test file then uses a database name of its own. */
export default async function setup(project: TestProject) {
  const database = await launchDatabase({ env: process.env, log: (message) => console.log(`[db] ${message}`) });
  project.provide('mongoUri', database.uri);
  project.provide('dbEngine', database.engine);
  return async () => {
    await database.stop();
  };
}
