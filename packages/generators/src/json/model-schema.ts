import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Absolute path of schema/model.schema.json as shipped in the package. */
export const modelSchemaPath: string = fileURLToPath(new URL('../../schema/model.schema.json', import.meta.url));

let cached: object | undefined;

/** The JSON Schema (draft 2020-12) of the JSON model; read once from the package on first use. */
export function modelSchema(): object {
  cached ??= require('../../schema/model.schema.json') as object;
  return cached;
}
