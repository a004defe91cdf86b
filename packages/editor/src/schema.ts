import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createExtensions } from './extensions.ts';

let schema: Schema | undefined;

/** The ProseMirror schema of a plan, built once on first use from `createExtensions`. */
export function getPlanSchema(): Schema {
  schema ??= getSchema(createExtensions());
  return schema;
}
