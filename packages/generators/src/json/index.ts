/**
 * The resolved model as JSON, and its JSON Schema (draft 2020-12). The schema (schema/model.schema.json) is the
 * source of truth; model-json.generated.ts is generated from it by scripts/schema-to-ts.mjs.
 */
export { toJson, modelJsonText, MODEL_SCHEMA_ID, type ToJsonOptions } from './to-json.js';
export { modelSchema, modelSchemaPath } from './model-schema.js';
export type * from './model-json.generated.js';
