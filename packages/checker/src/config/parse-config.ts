import { closest } from '@ccp/core';
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
    return { errors: [`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const errors: string[] = [];
  if (!validateConfig(data)) {
    for (const e of validateConfig.errors ?? []) {
      const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
      if (e.keyword === 'additionalProperties') {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const at = path ? `${path}.${key}` : key;
        const known = Object.keys(e.parentSchema?.properties ?? {});
        const hint = closest(key, known);
        errors.push(`'${at}' is not a known setting${hint ? ` (did you mean '${hint}'?)` : ''}`);
      } else if (e.keyword === 'oneOf' || e.keyword === 'if') {
        continue;
      } else if (path === 'browser') {
        errors.push(
          `'browser' names a browser channel ("chromium" or "chrome"), never a path or a command: a config is part of the repository, so a pull request could otherwise make ccp run any program. To run a particular executable, set CCP_BROWSER in the environment`,
        );
      } else {
        errors.push(`'${path || '(root)'}' ${e.message ?? 'is invalid'}${e.keyword === 'enum' ? ` (${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)})` : ''}`);
      }
    }
    return { errors: [...new Set(errors)] };
  }
  const config = data as CcpConfig;
  const ids = rules.map((r) => r.id);
  for (const id of Object.keys(config.rules ?? {})) {
    if (ids.includes(id)) continue;
    const hint = closest(id, ids);
    errors.push(`'rules.${id}' is not a known rule${hint ? ` (did you mean '${hint}'?)` : ''}; run 'ccp rules' for the list`);
  }
  return errors.length ? { errors } : { config, errors };
}
