// Runs every benchmark in src/benchmarks (or those whose file name contains an argument):
//   npm run bench            all
//   npm run bench -- chat    only files matching "chat"
// Each benchmark measures the project and a baseline in the same run and prints the ratio.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Benchmark {
  name: string;
  run(): Promise<void>;
}

const dir = path.join(import.meta.dirname, 'benchmarks');
const filters = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

for (const file of files) {
  const module: { default: Benchmark } = await import(pathToFileURL(path.join(dir, file)).href);
  console.log(`\n## ${module.default.name} (${file})`);
  const started = Date.now();
  await module.default.run();
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(0);
