import { cliMessage, cliText, closest, type CliText } from '@ccp/core';
import { rules } from '../rules/index.js';
import type { CcpConfig } from './config.js';
import { configSchema as schema, validate as validateGenerated } from './config-validator.generated.js';

/** The JSON Schema of ccp.config.json (draft 2020-12), as in schema/ccp.config.schema.json. */
export const configSchema: object = schema;

/** One error of the generated validator, as ajv reports it (verbose: with the schema object that failed). */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: { properties?: object };
}

/**
 * The schema's validator, compiled ahead of time by ajv (scripts/gen-config-validator.mjs, run by `pnpm build`), so
 * reading a config neither loads ajv nor compiles the schema.
 */
const validateConfig = validateGenerated as unknown as ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export interface ConfigResult {
  config?: CcpConfig;
  /** Plain-language problems, each naming the bad key; empty when the config is valid. */
  errors: string[];
  /** The same problems as catalog messages (cli-en.ts, cli-pl.ts), for the CLI to say in its language. */
  texts: CliText[];
}

/** The result for these problems: their English text, and the messages themselves. */
function problems(texts: CliText[]): ConfigResult {
  const unique = [...new Map(texts.map((t) => [cliMessage(t), t])).values()];
  return { errors: unique.map((t) => cliMessage(t)), texts: unique };
}

/**
 * Parses and validates a ccp.config.json text against its schema, then checks that every rule id exists.
 * Each error names the key that is wrong, e.g. "rules.unowned-stepp: unknown rule (did you mean 'unowned-step'?)".
 */
export async function parseConfig(text: string): Promise<ConfigResult> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return problems([cliText('configNotJson', { reason: error instanceof Error ? error.message : String(error) })]);
  }
  const errors: CliText[] = [];
  if (!validateConfig(data)) {
    for (const e of validateConfig.errors ?? []) {
      const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
      if (e.keyword === 'additionalProperties') {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const at = path ? `${path}.${key}` : key;
        const known = Object.keys(e.parentSchema?.properties ?? {});
        const hint = closest(key, known);
        errors.push(cliText('configUnknownSetting', { at, ...(hint ? { suggestion: hint } : {}) }));
      } else if (e.keyword === 'oneOf' || e.keyword === 'if') {
        continue;
      } else if (path === 'browser') {
        errors.push(cliText('configBrowserChannel'));
      } else {
        errors.push(cliText('configSchemaError', { path, keyword: e.keyword, params: e.params, ...(e.message !== undefined ? { message: e.message } : {}) }));
      }
    }
    return problems(errors);
  }
  const config = data as CcpConfig;
  const ids = rules.map((r) => r.id);
  for (const id of Object.keys(config.rules ?? {})) {
    if (ids.includes(id)) continue;
    const hint = closest(id, ids);
    errors.push(cliText('configUnknownRule', { id, ...(hint ? { suggestion: hint } : {}) }));
  }
  return errors.length ? problems(errors) : { config, errors: [], texts: [] };
}
