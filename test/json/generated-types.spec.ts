import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { outputPath, schemaPath, schemaToTs } from '../../packages/generators/scripts/schema-to-ts.mjs';

describe('model-json.generated.ts', () => {
  it('is generated from the current schema (run node packages/generators/scripts/schema-to-ts.mjs)', () => {
    const schema = JSON.parse(readFileSync(schemaPath as string, 'utf8'));
    expect(readFileSync(outputPath as string, 'utf8')).toBe((schemaToTs as (s: unknown) => string)(schema));
  });

  it('refuses schema features it cannot translate, so the schema cannot outgrow the generator', () => {
    const gen = schemaToTs as (s: unknown) => string;
    expect(() => gen({ title: 'X', type: 'object', additionalProperties: false, properties: { a: { type: 'string', pattern: 'x' } } })).toThrow(/pattern/);
    expect(() => gen({ title: 'X', type: 'object', properties: {} })).toThrow(/additionalProperties/);
  });
});
