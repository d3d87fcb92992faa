import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script without type declarations
import { configValidatorSource, validatorFile } from '../../scripts/gen-config-validator.mjs';
import { validate } from './config-validator.generated.js';
import { configSchema } from './parse-config.js';

const samples: unknown[] = [
  {},
  { rules: { 'unowned-step': 'off', 'dead-end-step': 'warning' } },
  { rulez: {}, rules: { 'dead-end-step': 'loud' } },
  { outputs: { dir: 'out', diagrams: { formats: ['svg', 'gif'], detial: true }, spec: true, docs: { html: 'yes' } } },
  { outputs: { json: { file: 1 }, staffing: 'no' }, limits: { maxFiles: 0, maxFileBytes: 1.5, maxDepth: 3 } },
  { include: ['a', 2], name: 7, browser: null, $schema: 'x' },
  [],
  'text',
  null,
];

describe('the precompiled config validator', () => {
  it('is up to date with schema/ccp.config.schema.json (run `pnpm build` to regenerate it)', () => {
    expect(readFileSync(validatorFile as string, 'utf8')).toBe((configValidatorSource as () => string)());
  });

  it('reports what ajv compiling the schema at run time reports', () => {
    const compiled = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(configSchema);
    const shape = (errors: typeof compiled.errors) =>
      (errors ?? []).map((e) => ({ at: e.instancePath, keyword: e.keyword, params: e.params, message: e.message, parent: e.parentSchema }));
    const generated = validate as unknown as typeof compiled;
    for (const sample of samples) {
      expect(generated(sample), JSON.stringify(sample)).toBe(compiled(sample));
      expect(shape(generated.errors), JSON.stringify(sample)).toEqual(shape(compiled.errors));
    }
  });
});
