import { describe, expect, it } from 'vitest';
import { helpEn, helpPl, type HelpTexts } from '@ccp/core';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

/**
 * Issue 19, must-show 8, for the help: `ccp --help` and every command's help come from the help catalog
 * (packages/core/src/catalog/help-en.ts and help-pl.ts) in the language known at start-up: --lang (before or after
 * the command), else CCP_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. Commander's own words
 * (titles, `(default: ...)`, the help option and command, the version option) are translated too.
 */

/** No locale and no CCP_LANG from the machine that runs the tests. */
const neutral = { LANG: 'C', LC_ALL: '', LC_MESSAGES: '', CCP_LANG: '' };
const help = async (args: string[], env: Record<string, string> = {}) => {
  const r = await runCli(args, repoRoot, { ...neutral, ...env });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};
/** The help with each run of spaces and line breaks as one space: a description wrapped over lines reads whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const { commands } = (await import('../../packages/cli/dist/commands/index.js')) as { commands: [string][] };
/** Every help there is: the program's, each command's, and the subcommand's. */
const helps: { name: string; args: string[]; description: keyof HelpTexts }[] = [
  { name: 'ccp', args: [], description: 'program' },
  ...commands.map(([name]) => ({ name: `ccp ${name}`, args: [name], description: name as keyof HelpTexts })),
  { name: 'ccp vendors score', args: ['vendors', 'score'], description: 'vendorsScore' },
];

/** The texts that differ between the languages, each in the form it takes in the help. */
function shownForms(texts: HelpTexts, other: HelpTexts): string[] {
  const out: string[] = [];
  for (const key of Object.keys(texts) as (keyof HelpTexts)[]) {
    const text = texts[key];
    if (text === other[key]) continue;
    if (/^(?:arg|value)[A-Z]/.test(key)) out.push(`<${text}>`, `<${text}...>`, `[${text}]`, `[${text}...]`);
    else if (text.endsWith(':') && !text.includes(' ')) out.push(`\n${text}`);
    else if (key === 'defaultIs' || key === 'choicesAre') out.push(`(${text}: `, `, ${text}: `);
    else out.push(text);
  }
  return out;
}

describe('ccp --help in Polish', () => {
  for (const h of helps) {
    it(`${h.name} --help: Polish with --lang pl (before and after), CCP_LANG=pl, LANG or LC_ALL pl_PL.UTF-8`, async () => {
      const byFlag = await help(['--lang', 'pl', ...h.args, '--help']);
      expect(byFlag).toMatch(new RegExp(`^Użycie: ${h.name} `));
      expect(byFlag).toContain('\nOpcje:\n');
      expect(byFlag).toMatch(/ {2}-h, --help {2,}pokaż pomoc do polecenia\n/);
      expect(flat(byFlag)).toContain(helpPl[h.description]);
      // the same help however Polish was asked for
      expect(await help([...h.args, '--help', '--lang', 'pl'])).toBe(byFlag);
      expect(await help([...h.args, '--help'], { CCP_LANG: 'pl' })).toBe(byFlag);
      expect(await help([...h.args, '--help'], { LANG: 'pl_PL.UTF-8' })).toBe(byFlag);
      expect(await help([...h.args, '--help'], { LC_ALL: 'pl_PL.UTF-8', LANG: 'en_US.UTF-8' })).toBe(byFlag);
      // nothing of the English help: no title, no description, no argument or value name, no suffix
      const text = `\n${flat(byFlag)}`;
      for (const english of shownForms(helpEn, helpPl)) expect(english.startsWith('\n') ? `\n${byFlag}` : text, english).not.toContain(english);
    });
  }

  it('ccp --help lists every command with its Polish description, the help command and the version option', async () => {
    const text = await help(['--help'], { CCP_LANG: 'pl' });
    expect(text).toMatch(/^Użycie: ccp \[opcje\] \[polecenie\]\n/);
    expect(text).toContain('\nPolecenia:\n');
    expect(text).toMatch(/\n {2}help \[polecenie\] +pokaż pomoc do polecenia\n/);
    expect(text).toMatch(/\n {2}-V, --version +pokaż numer wersji\n/);
    for (const [name] of commands) expect(flat(text), name).toContain(` ${name} `);
    for (const [name] of commands) expect(flat(text), name).toContain(helpPl[name as keyof HelpTexts]);
  });

  it("commander's suffixes in Polish: the default and the choices of an option, the default of an argument", async () => {
    const staffing = flat(await help(['staffing', '--help', '--lang', 'pl']));
    expect(staffing).toContain('-f, --format <format> format wyniku (do wyboru: "table", "json", "xlsx", domyślnie: "table")');
    expect(staffing).toContain('-o, --out <plik> zapisz do pliku zamiast na standardowe wyjście (wymagane dla xlsx)');
    expect(flat(await help(['init', '--help', '--lang', 'pl']))).toContain('-l, --language <język> język dokumentów: en lub pl (domyślnie: "en")');
    expect(await help(['check', '--help', '--lang', 'pl'])).toMatch(/\n {2}ścieżki +pliki lub foldery \(domyślnie: bieżący folder\)\n/);
    // a repeatable option's empty list is no default worth showing, in either language
    expect(flat(await help(['check', '--help']))).toContain('--rule <id=severity> set a rule to off, warn or error (repeatable) -q, --quiet');
    expect(flat(await help(['check', '--help'], { CCP_LANG: 'pl' }))).toContain('--rule <id-reguły=poziom> ustaw regułę na off, warn lub error (można powtarzać) -q, --quiet');
  });

  it('ccp help <command> and ccp alone (the help on standard error) are Polish too', async () => {
    expect(await help(['help', 'check'], { CCP_LANG: 'pl' })).toBe(await help(['check', '--help'], { CCP_LANG: 'pl' }));
    const bare = await runCli([], repoRoot, { ...neutral, LANG: 'pl_PL.UTF-8' });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Użycie: ccp \[opcje\] \[polecenie\]/);
  });

  it('a missing argument is named as the help names it', async () => {
    expect((await runCli(['diff'], repoRoot, { ...neutral, CCP_LANG: 'pl' })).stderr).toContain("brakuje wymaganego argumentu 'stara'.");
    expect((await runCli(['diff'], repoRoot, neutral)).stderr).toContain("missing required argument 'old'.");
  });

  it('the Polish help still wraps at the width commander is given (80 columns when not on a terminal)', async () => {
    for (const h of helps) {
      for (const line of (await help([...h.args, '--help'], { CCP_LANG: 'pl' })).split('\n')) expect(line.length, `${h.name}: ${line}`).toBeLessThanOrEqual(80);
    }
  });

  it('every help text of the catalog is shown by some help (no text is left unused)', async () => {
    const all = flat((await Promise.all(helps.map((h) => help([...h.args, '--help'], { CCP_LANG: 'pl' })))).join('\n'));
    // never shown by ccp's commands (no global options listed, no option with an environment variable or a preset)
    const unused = new Set(['globalOptions', 'envVariable', 'presetIs', 'usageOptions', 'usageCommand']);
    for (const key of Object.keys(helpPl) as (keyof HelpTexts)[]) if (!unused.has(key)) expect(all, key).toContain(helpPl[key]);
  });
});

describe('ccp --help in English', () => {
  for (const h of helps) {
    it(`${h.name} --help: English by default, with --lang en over CCP_LANG=pl and over a Polish locale`, async () => {
      const text = await help([...h.args, '--help']);
      expect(text).toMatch(new RegExp(`^Usage: ${h.name} `));
      expect(text).toMatch(/ {2}-h, --help {2,}display help for command\n/);
      expect(flat(text)).toContain(helpEn[h.description]);
      expect(await help([...h.args, '--help', '--lang', 'en'], { CCP_LANG: 'pl' })).toBe(text);
      expect(await help(['--lang', 'en', ...h.args, '--help'], { LANG: 'pl_PL.UTF-8' })).toBe(text);
      expect(await help([...h.args, '--help'], { LANG: 'en_GB.UTF-8' })).toBe(text);
      const flatText = `\n${flat(text)}`;
      for (const polish of shownForms(helpPl, helpEn)) expect(polish.startsWith('\n') ? `\n${text}` : flatText, polish).not.toContain(polish);
    });
  }
});

describe("commander's words that ccp's commands do not show", () => {
  it('the global options title, the env and preset suffixes and an argument with choices, in Polish', async () => {
    const { localizeHelp } = (await import('../../packages/cli/dist/language.js')) as typeof import('../../packages/cli/src/language.js');
    const ctx = { cwd: repoRoot, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, exitCode: 0, language: { given: 'pl' as const } };
    // commander as the CLI has it (the test workspace does not depend on it)
    const { Command, Option } = (await import('../../packages/cli/node_modules/commander/esm.mjs')) as typeof import('commander');
    const program = new Command('ccp').option('--top', 'opcja programu');
    localizeHelp(program, ctx);
    program.configureHelp({ ...program.configureHelp(), showGlobalOptions: true });
    const sub = program.command('x').description('opis');
    sub.argument('[tryb]', 'tryb pracy').addOption(new Option('--poziom [n]', 'poziom').env('CCP_POZIOM').preset('3'));
    sub.argument('[typ]', 'rodzaj', 'a');
    const text = flat(sub.helpInformation());
    expect(text).toContain('Opcje globalne: --top opcja programu');
    expect(text).toContain('--poziom [n] poziom (bez wartości: "3", zmienna środowiskowa: CCP_POZIOM)');
    expect(text).toContain('typ rodzaj (domyślnie: "a")');
    expect(text).toMatch(/^Użycie: ccp x \[opcje\] \[tryb\] \[typ\] /);
  });
});
