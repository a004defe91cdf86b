import type { z } from 'zod';
import { AppError } from './errors.ts';

/** Parses untrusted input with a contract schema; failures become `validation_failed` with details. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError(
    'validation_failed',
    'The request is not valid',
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
