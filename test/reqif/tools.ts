import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';

/** The OMG ReqIF 1.2 schema, copied into the repository so that a clean clone validates offline. */
export const reqifXsd = join(repoRoot, 'test', 'fixtures', 'schemas', 'reqif', 'reqif.xsd');
const reader = join(repoRoot, 'test', 'support', 'reqif-read.py');

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 }).status === 0;
/** xmllint (Debian package libxml2-utils) and python3 with lxml (pip) are installed by .ci/run; required on CI. */
export const hasXmllint = has('xmllint', ['--version']);
export const hasReader = has('python3', ['-c', 'import lxml']);
if (process.env.CI && !hasXmllint) throw new Error('xmllint (Debian package libxml2-utils) is required on CI for the ReqIF schema test.');
if (process.env.CI && !hasReader) throw new Error('python3 with lxml (pip install lxml) is required on CI for the ReqIF reader test.');

const work = mkdtempSync(join(tmpdir(), 'ccp-reqif-'));
let n = 0;

/** Writes the text to a temporary .reqif file and returns its path. */
export function reqifFile(text: string): string {
  const file = join(work, `f${n++}.reqif`);
  writeFileSync(file, text);
  return file;
}

/** Validates against the ReqIF 1.2 XSD with xmllint: '' when valid, else xmllint's messages. */
export function schemaErrors(file: string): string {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', reqifXsd, file], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? '' : `${r.stderr}${r.stdout}` || `xmllint exited ${r.status}`;
}

export interface ReadObject {
  level: number;
  id: string;
  name: string;
  type: string;
  values: Record<string, unknown>;
}

export interface ReadAttribute {
  id: string;
  name: string;
  kind: string;
  editable: boolean | null;
  values: { name: string; key: string }[] | null;
}

export interface ReadBack {
  header: { title: string; comment: string; tool: string; version: string; created: string };
  types: Record<string, { name: string; attributes: ReadAttribute[] }>;
  objects: ReadObject[];
  specifications: string[];
}

/** What the reqif package (strictdoc-project/reqif, vendored) reads from the file. */
export function readBack(file: string): ReadBack {
  const r = spawnSync('python3', [reader, file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  if (r.status !== 0) throw new Error(`reqif-read.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ReadBack;
}
