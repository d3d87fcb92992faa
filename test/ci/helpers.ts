import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { main } from '@ccp/cli';

export const fixtures = resolve(import.meta.dirname, '../fixtures');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a captured context. */
export async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const ctx = {
    cwd,
    env: { ...env },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    exitCode: 0,
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding a copy of a fixture folder. */
export function copyFixture(name: string, into = 'design'): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-ci-'));
  cpSync(join(fixtures, name), join(dir, into), { recursive: true });
  return dir;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict little XML 1.0 reader for the shapes ccp writes (prolog, elements, attributes, text, character and the
 * five predefined entity references). Throws on anything that is not well-formed: unbalanced tags, a raw '<' or '&'
 * in text, unquoted or duplicate attributes, unknown entities, characters XML cannot hold.
 */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at ${i}: ${why}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) fail('a character XML cannot hold');
  const decode = (s: string) =>
    s.replace(/&([^;]*);?/g, (m, name: string) => {
      if (!m.endsWith(';')) fail('an unterminated entity reference');
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (name in named) return named[name]!;
      const num = /^#(\d+)$/.exec(name) ?? /^#x([0-9a-fA-F]+)$/.exec(name);
      if (!num) return fail(`unknown entity &${name};`);
      return String.fromCodePoint(parseInt(num[1]!, name.startsWith('#x') ? 16 : 10));
    });
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i++;
  };
  const name = () => {
    const m = /^[A-Za-z_:][\w.:-]*/.exec(xml.slice(i));
    if (!m) fail('a name was expected');
    i += m![0].length;
    return m![0];
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('an unterminated prolog');
    i = end + 2;
  }
  skipSpace();
  const element = (): XmlElement => {
    if (xml[i] !== '<') fail("'<' expected");
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      const attr = name();
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      skipSpace();
      if (xml[i] !== '=') fail("'=' expected");
      i++;
      skipSpace();
      const q = xml[i];
      if (q !== '"' && q !== "'") fail('a quoted value expected');
      const end = xml.indexOf(q!, i + 1);
      if (end < 0) fail('an unterminated attribute');
      const raw = xml.slice(i + 1, end);
      if (raw.includes('<')) fail("'<' in an attribute value");
      el.attrs[attr] = decode(raw);
      i = end + 1;
    }
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) fail(`</${el.name}> missing`);
      const raw = xml.slice(i, lt);
      if (raw.includes('>') && raw.includes(']]>')) fail("']]>' in text");
      el.text += decode(raw);
      i = lt;
      if (xml.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (xml[i] !== '>') fail("'>' expected");
        i++;
        return el;
      }
      el.children.push(element());
    }
  };
  const root = element();
  skipSpace();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

/** The OASIS schema is draft-04: its top-level `id` becomes `$id` so Ajv (draft-07) reads it; formats are checked. */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(fixtures, 'sarif/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
