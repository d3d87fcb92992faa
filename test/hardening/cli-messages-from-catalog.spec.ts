import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEn, pathKindsEn } from '@ccp/core';

/**
 * Issue 19, must-show 8: what the command line says comes from the one catalog (packages/core/src/catalog/cli-en.ts
 * and cli-pl.ts), so that it can be said in Polish. A source scan: no `new UsageError(` in packages/*\/src takes a
 * written text (it takes `cliText('key', { ... })`, or a variable holding one), and no line the CLI writes to
 * standard output or error holds words of its own outside the catalog (`say(ctx, 'key', ...)`). The help too: no
 * description, argument name or value name given to commander in packages/cli/src is written there (they come from
 * help-en.ts and help-pl.ts through `helpIn(ctx)`).
 */

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sources(path));
    } else if (entry.name.endsWith('.ts') && !/\.(spec|generated|d)\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

const packageSources = (only?: string) =>
  readdirSync(join(root, 'packages'))
    .filter((p) => only === undefined || p === only)
    .flatMap((p) => {
      try {
        return sources(join(root, 'packages', p, 'src'));
      } catch {
        return [];
      }
    });

/** The text between the `(` at `open` and its matching `)`, skipping brackets inside strings and templates. */
function argumentAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  return text.slice(open + 1);
}

const at = (file: string, text: string, index: number) => `${relative(root, file)}:${text.slice(0, index).split('\n').length}`;

/** `new UsageError(...)` whose argument is not `cliText('<known key>', ...)` or a plain variable. */
export function usageErrorsWithText(files: { path: string; text: string }[]): string[] {
  const bad: string[] = [];
  for (const { path, text } of files) {
    for (const m of text.matchAll(/new UsageError\(/g)) {
      const arg = argumentAt(text, m.index + m[0].length - 1).trim();
      const key = /^cliText\('(\w+)'/.exec(arg)?.[1];
      if (key !== undefined ? key in cliEn : /^[\w$.]+$/.test(arg)) continue;
      bad.push(`${at(path, text, m.index)}: new UsageError(${arg.length > 60 ? `${arg.slice(0, 57)}...` : arg})`);
    }
  }
  return bad;
}

/**
 * Writes to standard output or error (`.write(`, `writeSafe(x, ...)`, build's `line(ctx, artifact, ...)`) whose
 * string or template literals hold a word of three letters or more outside `${...}`: a sentence that is not in the
 * catalog. `ccp`, and `error` before a diagnostic code (a token, as in `ccp check`'s formats), are allowed.
 */
export function writesWithWords(files: { path: string; text: string }[]): string[] {
  const bad: string[] = [];
  for (const { path, text } of files) {
    for (const m of text.matchAll(/(?:\bstd(?:out|err)\.write|\bwriteSafe|\bline)\(/g)) {
      // the key of a catalog message is no text of its own
      const arg = argumentAt(text, m.index + m[0].length - 1).replace(/\b(?:say|cliText)\(\s*(?:ctx,\s*)?'\w+'/g, '');
      // a literal is text when it reads as one (a space or a sentence's punctuation): not a token such as 'json'
      const literals = [...arg.matchAll(/'((?:\\.|[^'\\])*)'|`((?:\\.|[^`\\])*)`/g)]
        .map((l) => withoutPlaceholders(l[1] ?? l[2] ?? '').replace(/\\n/g, ' '))
        .filter((l) => /[A-Za-z]{3,}/.test(l) && /[ .:;!?]/.test(l));
      const words = literals.join(' ').match(/[A-Za-z]{3,}/g) ?? [];
      const own = words.filter((w) => w !== 'ccp' && w !== 'error');
      if (own.length) bad.push(`${at(path, text, m.index)}: ${own.join(' ')}`);
    }
  }
  return bad;
}

/** A template's text with each `${...}` (braces balanced) replaced by a space. */
function withoutPlaceholders(template: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    if (template.startsWith('${', i)) {
      let depth = 0;
      for (; i < template.length; i++) {
        if (template[i] === '{') depth++;
        else if (template[i] === '}' && --depth === 0) break;
      }
      out += ' ';
    } else out += template[i];
  }
  return out;
}

/** The top-level arguments of a call, split at the commas outside brackets, strings and templates. */
function splitArguments(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < inner.length && inner[i] !== c; i++) if (inner[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(inner.slice(start).trim());
  return out;
}

const isLiteral = (arg: string | undefined) => arg !== undefined && /^['"`]/.test(arg);
/** A literal flags string naming its value in words (`<file>`, `[paths...]`); `<n>` and `<xlsx|reqif>` (the values themselves) are no words. */
const namesAValue = (arg: string | undefined) => isLiteral(arg) && /[<[](?![^\]>]*\|)[A-Za-z][\w=-]+(?:\.\.\.)?[\]>]/.test(withoutPlaceholders(arg!));
/** A literal argument name with a word of its own (`'[paths...]'`); `` `[${h.argPaths}...]` `` has none. */
const namesInWords = (arg: string | undefined) => isLiteral(arg) && /[A-Za-z]/.test(withoutPlaceholders(arg!.slice(1, -1)));

/**
 * Help written outside the help catalog: a string or template literal as the description of `.description(`,
 * `.argument(`, `.option(`, `.requiredOption(`, `new Option(`, `.helpOption(`, `.helpCommand(` or `.version(`, an
 * argument's name (`.argument('<file>')`) or an option's value name (`'--out <file>'`) written as a literal.
 */
export function helpTextsWritten(files: { path: string; text: string }[]): string[] {
  const bad: string[] = [];
  // the position of the description among the arguments of each call
  const described: Record<string, number> = { description: 0, argument: 1, option: 1, requiredOption: 1, Option: 1, helpOption: 1, helpCommand: 1, version: 2 };
  for (const { path, text } of files) {
    for (const m of text.matchAll(/(?:\.(description|argument|option|requiredOption|helpOption|helpCommand|version)|\bnew (Option))\(/g)) {
      const call = (m[1] ?? m[2])!;
      const args = splitArguments(argumentAt(text, m.index + m[0].length - 1));
      const description = args[described[call]!];
      const name = call === 'argument' ? namesInWords(args[0]) : call === 'option' || call === 'requiredOption' || call === 'Option' ? namesAValue(args[0]) : false;
      if (isLiteral(description) || name) bad.push(`${at(path, text, m.index)}: ${m[0]}${args.join(', ').slice(0, 60)}`);
    }
  }
  return bad;
}

const read = (paths: string[]) => paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('what the command line says comes from the catalog', () => {
  it('no new UsageError( in packages/*/src takes a written text', () => {
    const files = read(packageSources());
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.text.includes('new UsageError(')).length).toBeGreaterThan(15);
    expect(usageErrorsWithText(files)).toEqual([]);
  });

  it('no line the CLI prints holds words outside the catalog', () => {
    const files = read(packageSources('cli'));
    expect(writesWithWords(files)).toEqual([]);
  });

  it('no help text (description, argument name, value name) in packages/cli/src is written outside the help catalog', () => {
    const files = read(packageSources('cli'));
    expect(files.filter((f) => /\.(?:option|argument)\(/.test(f.text)).length).toBeGreaterThan(10);
    expect(helpTextsWritten(files)).toEqual([]);
  });

  it('the help scan catches each form it looks for', () => {
    const sample = {
      path: join(root, 'sample.ts'),
      text: [
        "program.command('check').description('Check files.')",
        '  .description(h.check)',
        "  .argument('[paths...]', h.paths)",
        "  .argument(`[${h.argPaths}...]`, 'files or folders')",
        '  .argument(`[${h.argPaths}...]`, h.paths)',
        "  .option('--force', 'write anyway')",
        "  .option('--force', h.force)",
        "  .option('-o, --out <file>', h.out)",
        "  .option('-p, --port <n>', h.port)",
        "  .option('--language <en|pl>', h.language)",
        "  .requiredOption(`-o, --out <${h.valueFile}>`, `the file`)",
        "  .addOption(new Option('-f, --format <format>', h.format).choices(['a', 'b']))",
        "  .addOption(new Option('--quiet', \"only errors\"))",
        "  .helpOption('-h, --help', 'show help')",
        "  .helpCommand('help [command]', t.helpCommand)",
        "  .version('0.1.0', '-V, --version', 'the version')",
        "  .version('0.1.0', '-V, --version', help.version)",
      ].join('\n'),
    };
    expect(helpTextsWritten([sample]).map((h) => h.replace(/^\S+:(\d+): .*$/, '$1'))).toEqual(['1', '3', '4', '6', '8', '11', '12', '13', '14', '16']);
  });

  it('the scans catch each form they look for', () => {
    const sample = {
      path: join(root, 'sample.ts'),
      text: [
        "throw new UsageError('no such file.');",
        'throw new UsageError(`${path}: cannot be read.`);',
        "throw new UsageError(cliText('noSuchPath', { path }));",
        "throw new UsageError(cliText('noSuchKey', { path }));",
        'throw new UsageError(problem);',
        "throw new UsageError(cond ? cliText('noSuchPath', { path }) : 'x');",
        "ctx.stderr.write(`${say(ctx, 'fmtReadOnly')}\\n`);",
        'ctx.stderr.write(`ccp: ${n} warnings exceed the limit.\\n`);',
        "writeSafe(ctx.stdout, 'Done.');",
        "line(ctx, 'docs', `${show(file)} written`);",
        "line(ctx, 'docs', say(ctx, 'noChannels'));",
        'ctx.stderr.write(`${file}:${line}: error ${code}: ${message}\\n`);',
      ].join('\n'),
    };
    expect(usageErrorsWithText([sample]).map((h) => h.replace(/^\S+ /, ''))).toEqual([
      "new UsageError('no such file.')",
      'new UsageError(`${path}: cannot be read.`)',
      "new UsageError(cliText('noSuchKey', { path }))",
      "new UsageError(cond ? cliText('noSuchPath', { path }) : 'x')",
    ]);
    expect(writesWithWords([sample]).map((h) => h.replace(/^\S+ /, ''))).toEqual(['warnings exceed the limit', 'Done', 'written']);
  });
});

/**
 * String and template literals that read as a sentence (three words or more, outside `${...}`), comments,
 * catalog keys and the path kinds of the catalog left out: the readers whose messages the CLI prints (the vendor files, the templates) keep none.
 */
export function sentencesIn(files: { path: string; text: string }[]): string[] {
  const bad: string[] = [];
  for (const { path, text } of files) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    for (const m of code.matchAll(/'((?:\\.|[^'\\\n])*)'|`((?:\\.|[^`\\])*)`/g)) {
      const literal = withoutPlaceholders(m[1] ?? m[2] ?? '');
      // a path's kind ('a named pipe (FIFO)') is a key of the catalog's pathKinds, said in each language there
      if ((pathKindsEn as readonly string[]).includes(literal)) continue;
      const words = literal.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
      if (words.length >= 3) bad.push(`${at(path, code, m.index)}: ${(m[1] ?? m[2] ?? '').slice(0, 60)}`);
    }
  }
  return bad;
}

describe("what ccp vendors score and the docs' templates say comes from the catalog", () => {
  const readers = ['xlsx/read-answers.ts', 'xlsx/zip-guard.ts', 'xlsx/spec-diff.ts', 'xlsx/score-report.ts', 'docs/load-templates.ts'].map((f) => join(root, 'packages', 'generators', 'src', f));

  it('the readers of vendor files and templates hold no sentence of their own', () => {
    expect(sentencesIn(read([...readers, join(root, 'packages', 'cli', 'src', 'io', 'read-regular-file.ts')]))).toEqual([]);
  });

  it('the scan catches a sentence and lets keys, tokens and comments be', () => {
    const sample = {
      path: join(root, 'sample.ts'),
      text: ["return 'it is not a zip archive';", "return cliText('zipNotZip');", '// a comment with many words', "const ignore = ['dataValidations', 'cols'];", 'warnings.push(`${name}, row ${n}: is not a number`);'].join('\n'),
    };
    expect(sentencesIn([sample]).map((h) => h.replace(/^\S+ /, ''))).toEqual(['it is not a zip archive', '${name}, row ${n}: is not a number']);
  });
});
