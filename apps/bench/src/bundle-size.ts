// The web app's JavaScript on first load, gzip-compressed, against the budget of DESIGN.md
// (110 kB for every route but the editor), and what the lazy chunks add on top:
//   npx turbo run build --filter=@jumelage/web && npm run bench:bundle
// Initial = index.html's module script and modulepreload links plus everything they import
// statically; dynamic import() targets (pages, tabs, the editor) are lazy. Exits 1 over budget.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 110 * 1000;
const distDir = path.resolve(import.meta.dirname, '../../web/dist');
const namedLazyChunks = {
  editor: 'CollabEditor',
  board: 'MilestonesTab',
  chat: 'ConsultationsTab',
};

const staticImport =
  /(?:\bimport|\bexport)\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'`])(\.\/[^"'`]+?\.js)\1/g;
const dynamicImport = /\bimport\((["'`])(\.\/[^"'`]+?\.js)\1\)/g;

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(path.join(distDir, file), 'utf8');
    sources.set(file, text);
  }
  return text;
}

/** Paths relative to dist/ of the chunks `file` imports, found by `pattern`. */
function importsOf(file: string, pattern: RegExp): string[] {
  const dir = path.posix.dirname(file);
  return [...source(file).matchAll(pattern)].flatMap((match) =>
    match[2] ? [path.posix.join(dir, match[2])] : [],
  );
}

/** The files and everything they import statically, transitively. */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, staticImport));
  }
  return seen;
}

const gzipSize = (file: string) => gzipSync(source(file), { level: 9 }).length;
const sum = (files: Iterable<string>, size: (file: string) => number) =>
  [...files].reduce((total, file) => total + size(file), 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(9);

function htmlEntries(): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"[^>]*\ssrc="\/([^"]+)"/g)];
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\/([^"]+)"/g)];
  return [...scripts, ...preloads].flatMap((match) => (match[1] ? [match[1]] : []));
}

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(
    `No build in ${distDir}: run \`npx turbo run build --filter=@jumelage/web\` first.`,
  );
  process.exit(2);
}

const initial = staticClosure(htmlEntries());
const initialGzip = sum(initial, gzipSize);
console.log('Initial JavaScript of the non-editor routes (raw -> gzip -9):');
for (const file of [...initial].sort((a, b) => gzipSize(b) - gzipSize(a))) {
  console.log(
    `  ${path.basename(file).padEnd(40)}${kB(source(file).length)} ->${kB(gzipSize(file))}`,
  );
}
const isOver = initialGzip > budgetBytes;
console.log(
  `  ${'total'.padEnd(40)}${kB(sum(initial, (file) => source(file).length))} ->${kB(initialGzip)}` +
    `  budget ${kB(budgetBytes).trim()}: ${isOver ? 'OVER' : 'ok'} (${kB(Math.abs(budgetBytes - initialGzip)).trim()} ${isOver ? 'over' : 'left'})`,
);

// Each lazy chunk with the static imports it brings that the first load does not have.
const lazy = new Set<string>();
const queue = [...initial];
for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
  for (const target of importsOf(file, dynamicImport)) {
    if (lazy.has(target) || initial.has(target)) continue;
    lazy.add(target);
    queue.push(...staticClosure([target]));
  }
}
const extra = (file: string) =>
  sum(
    [...staticClosure([file])].filter((f) => !initial.has(f)),
    gzipSize,
  );
console.log('\nLazy chunks (gzip, including their static imports not in the first load):');
for (const [name, prefix] of Object.entries(namedLazyChunks)) {
  const file = [...lazy].find((f) => path.basename(f).startsWith(`${prefix}-`));
  console.log(
    `  ${name.padEnd(8)}${(file ? path.basename(file) : `${prefix} not found`).padEnd(32)}${file ? kB(extra(file)) : ''}`,
  );
}
const others = [...lazy].filter(
  (file) => !Object.values(namedLazyChunks).some((p) => path.basename(file).startsWith(`${p}-`)),
);
console.log(`  other pages and parts: ${others.length} chunks, largest:`);
for (const file of others.sort((a, b) => extra(b) - extra(a)).slice(0, 5)) {
  console.log(`          ${path.basename(file).padEnd(32)}${kB(extra(file))}`);
}
process.exit(isOver ? 1 : 0);
