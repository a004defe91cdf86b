import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '@jumelage/mongo-launcher';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const screenshotDir = path.join(repoRoot, 'apps/e2e/output/screenshots');

export interface RunningApp {
  url: string;
  output(): string;
  /**
   * Stops the server (as a deployment or a crash-free outage would), runs `whileDown`, and starts it
   * again on the same address and database: from the browser's side, the network was gone.
   */
  restart(whileDown: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

interface ServerProcess {
  exit: Promise<unknown>;
  hasExited(): boolean;
  kill(): void;
}

function spawnServer(
  port: number,
  dataDir: string,
  seedDemo: boolean,
  log: (chunk: Buffer) => void,
): ServerProcess {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'apps/server/src/main.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        JUMELAGE_DATA_DIR: dataDir,
        JUMELAGE_SEED_DEMO: String(seedDemo),
        LOG_LEVEL: 'warn',
        // The e2e run always uses its own embedded database, never a configured one.
        MONGODB_URI: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', log);
  child.stderr?.on('data', log);
  let exited = false;
  const exit = once(child, 'exit').then(() => (exited = true));
  return { exit, hasExited: () => exited, kill: () => child.kill('SIGTERM') };
}

async function whenUp(url: string, server: ServerProcess, output: () => string): Promise<void> {
  for (;;) {
    if (server.hasExited()) throw new Error(`server exited during start:\n${output()}`);
    const isUp = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts the real server (`apps/server/src/main.ts`) on a free port with a fresh embedded database in a
 * temporary directory, serving the web app built by `npm run build`.
 */
export async function startApp(options: { seedDemo?: boolean } = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jumelage-e2e-'));
  let output = '';
  const log = (chunk: Buffer) => (output += chunk.toString());
  const url = `http://127.0.0.1:${port}`;
  let server = spawnServer(port, dataDir, options.seedDemo ?? false, log);
  await whenUp(url, server, () => output);
  const stopServer = async () => {
    if (server.hasExited()) return;
    server.kill();
    await server.exit;
  };
  return {
    url,
    output: () => output,
    async restart(whileDown) {
      await stopServer();
      try {
        await whileDown();
      } finally {
        server = spawnServer(port, dataDir, false, log);
        await whenUp(url, server, () => output);
      }
    },
    async stop() {
      await stopServer();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The app (with the demo data unless told otherwise) and a browser for the tests of one file:
 * started before them, stopped after them. Read `app` and `browser` inside the tests.
 */
export function startForFile(options: { seedDemo?: boolean } = { seedDemo: true }): {
  app: RunningApp;
  browser: Browser;
} {
  const started = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    [started.app, started.browser] = await Promise.all([startApp(options), launchBrowser()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.stop();
  });
  return started;
}

/**
 * A browser context that fails the test on console errors and uncaught page errors. The app's
 * service worker is blocked unless `serviceWorker` is set: Playwright's network cutting and
 * routing (`setOffline`, `route`) do not reach the requests a service worker makes.
 */
export async function newContext(
  browser: Browser,
  options: { locale?: string; timezoneId?: string; serviceWorker?: boolean } = {},
) {
  const context: BrowserContext = await browser.newContext({
    locale: options.locale ?? 'de-DE',
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    viewport: { width: 1280, height: 860 },
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
  });
  const problems: string[] = [];
  context.on('page', (page: Page) => watchPage(page, problems));
  return { context, problems };
}

function watchPage(page: Page, problems: string[]) {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('401'))
      problems.push(`console: ${message.text()}`);
  });
}

/** A full-page screenshot, taken from the top so that sticky bars sit where they belong. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * Holds back the answers to the page's GETs matching `pattern`, as on a slow link: the server
 * answers at once (what it read then is what the page gets), the page only once `release` is
 * called. `release` resolves when the page has the answer, and ends the holding.
 */
export async function holdReads(page: Page, pattern: RegExp) {
  let open = () => {};
  const released = new Promise<void>((resolve) => {
    open = resolve;
  });
  await page.route(pattern, async (route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  return {
    async release() {
      const answered = page.waitForEvent(
        'requestfinished',
        (request) => request.method() === 'GET' && pattern.test(request.url()),
      );
      open();
      await answered;
      await page.unroute(pattern);
    },
  };
}

/**
 * Loses the answers to the page's requests of these methods to URLs matching `pattern`: the server
 * gets each request and answers it, but the connection is reset before the answer arrives, as on
 * a link that drops at the wrong moment.
 */
export async function loseResponses(
  page: Page,
  pattern: RegExp,
  methods: readonly string[],
): Promise<void> {
  await page.route(pattern, async (route) => {
    if (!methods.includes(route.request().method())) return route.fallback();
    // A test that has seen what it waited for may close the page while a request is still on its
    // way: its route then ends with the page, not with an error of the test run.
    await route
      .fetch()
      .then(() => route.abort('connectionreset'))
      .catch(() => undefined);
  });
}

/**
 * Loses the server's answers (Socket.IO acks) to the named events on the page's live connection,
 * as a link that stalls for longer than the app waits and then delivers would: the server still
 * makes the change and sends its events. Call before the page opens its connection.
 */
export async function loseAnswers(page: Page, events: readonly string[]): Promise<void> {
  await page.routeWebSocket(/\/socket\.io\//, (socket) => {
    const server = socket.connectToServer();
    const unanswered = new Set<string>();
    socket.onMessage((frame) => {
      // An event that wants an answer: 42<ack id>["name", …]
      const asked = /^42(\d+)\["([^"]+)"/.exec(String(frame));
      if (asked?.[1] && asked[2] && events.includes(asked[2])) unanswered.add(asked[1]);
      server.send(frame);
    });
    server.onMessage((frame) => {
      // Its answer: 43<ack id>[…]
      const answer = /^43(\d+)\[/.exec(String(frame));
      if (answer?.[1] && unanswered.delete(answer[1])) return;
      socket.send(frame);
    });
  });
}

/**
 * Holds back what the page sends on its WebSockets to URLs matching `pattern` while `hold` is on,
 * as a congested uplink would, and delivers it in order on `release`. What the server sends still
 * arrives at once. Call before the page opens its connection.
 */
export async function holdUploads(page: Page, pattern: RegExp) {
  let held: (() => void)[] | null = null;
  await page.routeWebSocket(pattern, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((frame) => {
      if (held) held.push(() => server.send(frame));
      else server.send(frame);
    });
  });
  return {
    hold() {
      held = [];
    },
    release() {
      const frames = held ?? [];
      held = null;
      for (const send of frames) send();
    },
  };
}

/** What the browser logs while the test has taken it offline (requests refused): not the page's fault. */
export const isOfflineNoise = (problem: string) => problem.includes('ERR_INTERNET_DISCONNECTED');
