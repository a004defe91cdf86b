import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z.stringbool({ truthy: ['1', 'true', 'yes', 'on'], falsy: ['0', 'false', 'no', 'off'] });
const originList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(z.url().transform((value) => new URL(value).origin)));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: originList.default([]),
  MONGODB_URI: z.string().startsWith('mongodb').optional(),
  JUMELAGE_DB: z.enum(['mongodb-memory-server', 'ferretdb']).optional(),
  JUMELAGE_DATA_DIR: z.string().min(1).optional(),
  JUMELAGE_DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/).default('jumelage'),
  JUMELAGE_SEED_DEMO: booleanFlag.default(true),
  JUMELAGE_WEB_DIST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TRUST_PROXY: booleanFlag.default(false),
  REDIS_URL: z.string().startsWith('redis').optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }
}

/** Parses the environment once; the rest of the server receives the typed result. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  // An empty variable (`FOO=`) means "not set", as in most shells' configuration habits.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
  );
}

/** Builds the environment for tests and tools without reading process.env. */
export function testEnv(overrides: Partial<Record<keyof Env, string>> = {}): Env {
  return parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JUMELAGE_SEED_DEMO: 'false', ...overrides });
}

export function repoRoot(): string {
  return path.resolve(import.meta.dirname, '../../..');
}
