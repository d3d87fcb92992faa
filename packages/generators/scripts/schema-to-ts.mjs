#!/usr/bin/env node
/**
 * Generates src/json/model-json.generated.ts from schema/model.schema.json, so the schema stays the single source
 * of truth for the JSON model. Handles the subset of JSON Schema the model schema uses: objects with `properties`,
 * `required` and `additionalProperties: false`, arrays, `$ref` to `$defs`, `enum`, `const`, `oneOf`, and the
 * primitive types. Anything else throws, so the schema cannot silently outgrow the generator.
 *
 *   node packages/generators/scripts/schema-to-ts.mjs          # write the file
 *   node packages/generators/scripts/schema-to-ts.mjs --check  # exit 1 when the file is stale (CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const schemaPath = join(here, '..', 'schema', 'model.schema.json');
export const outputPath = join(here, '..', 'src', 'json', 'model-json.generated.ts');

/** The TypeScript name of a `$defs` entry (suffix `Json` keeps it apart from the core model's types). */
const typeName = (def) => `${def}Json`;

const known = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', '$ref', 'enum', 'const', 'oneOf', 'description', 'title', 'minimum', 'maximum', 'minLength', '$schema', '$id', '$defs']);

function comment(text, indent) {
  if (!text) return '';
  const lines = text.split('\n');
  return `${indent}/** ${lines.join(`\n${indent} * `)} */\n`;
}

function typeOf(schema, indent, where) {
  for (const key of Object.keys(schema)) if (!known.has(key)) throw new Error(`${where}: unsupported keyword '${key}'`);
  if (schema.$ref) {
    const m = /^#\/\$defs\/([A-Za-z0-9_]+)$/.exec(schema.$ref);
    if (!m) throw new Error(`${where}: unsupported $ref '${schema.$ref}'`);
    return typeName(m[1]);
  }
  if ('const' in schema) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.oneOf) return schema.oneOf.map((s, i) => typeOf(s, indent, `${where}/oneOf/${i}`)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = typeOf(schema.items, indent, `${where}/items`);
      return /[ |]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case 'object':
      return objectBody(schema, indent, where);
    default:
      throw new Error(`${where}: unsupported type '${schema.type}'`);
  }
}

function objectBody(schema, indent, where) {
  if (schema.additionalProperties !== false) throw new Error(`${where}: objects must set additionalProperties: false`);
  const required = new Set(schema.required ?? []);
  const inner = `${indent}  `;
  let out = '{\n';
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
    out += comment(prop.description, inner);
    out += `${inner}${name}${required.has(key) ? '' : '?'}: ${typeOf(prop, inner, `${where}/${key}`)};\n`;
  }
  return `${out}${indent}}`;
}

/** The TypeScript source for a schema: one exported type per `$defs` entry, and the root as `<title>Json`. */
export function schemaToTs(schema) {
  let out =
    '/* This file is generated from packages/generators/schema/model.schema.json by\n' +
    ' * packages/generators/scripts/schema-to-ts.mjs. Do not edit it: change the schema and run\n' +
    ' * `pnpm --filter @ccp/generators gen:json-types`. test/json/generated-types.spec.ts fails when it is stale. */\n';
  const defs = [[schema.title ?? 'Model', schema], ...Object.entries(schema.$defs ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))];
  for (const [name, def] of defs) {
    const { $defs: _d, $schema: _s, $id: _i, title: _t, ...body } = def;
    out += `\n${comment(body.description, '')}`;
    const type = typeOf(body, '', `#/$defs/${name}`);
    out += body.type === 'object' ? `export interface ${typeName(name)} ${type}\n` : `export type ${typeName(name)} = ${type};\n`;
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = schemaToTs(JSON.parse(readFileSync(schemaPath, 'utf8')));
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outputPath, 'utf8');
    } catch {}
    if (current !== text) {
      process.stderr.write(`${outputPath} is stale; run: node packages/generators/scripts/schema-to-ts.mjs\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(outputPath, text);
  }
}
