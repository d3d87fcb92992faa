import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { startServe } from '../serve/support/serve-process.js';

/**
 * Issue 19, must-show 8, for the command line: every usage error (exit 2), commander's own parse errors and the
 * lines the commands print come from the catalog, in the language chosen by --lang, else CCP_LANG, else the
 * project's output_language once the project is read, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
 */
let work: string;
let polish: string; // a copy of examples/sklep-internetowy (output_language: pl)
let english: string; // a copy of examples/acme-contact-center (no output_language)

/** No locale and no CCP_LANG from the machine that runs the tests. */
const neutral = { LANG: 'C', LC_ALL: '', LC_MESSAGES: '', CCP_LANG: '' };
const run = (args: string[], cwd = work, env: Record<string, string> = {}) => runCli(args, cwd, { ...neutral, ...env });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ccp-cli-lang-'));
  polish = join(work, 'pl');
  english = join(work, 'en');
  cpSync(join(repoRoot, 'examples', 'sklep-internetowy'), polish, { recursive: true });
  cpSync(join(repoRoot, 'examples', 'acme-contact-center'), english, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * One usage error per command, raised before any project is read: its English and Polish text (a part of each).
 * Each runs with --lang pl, with CCP_LANG=pl, and with neither (English).
 */
const beforeProject: { command: string; args: string[]; en: string; pl: string }[] = [
  { command: 'check', args: ['check', '.', '--max-warnings', 'x'], en: '--max-warnings x: expected a whole number of 0 or more.', pl: '--max-warnings x: oczekiwano liczby całkowitej równej 0 lub większej.' },
  { command: 'build', args: ['build', 'nowhere'], en: 'nowhere: no such file or directory.', pl: 'nowhere: nie ma takiego pliku ani folderu.' },
  { command: 'diagram', args: ['diagram', 'nowhere'], en: 'nowhere: no such file or directory.', pl: 'nowhere: nie ma takiego pliku ani folderu.' },
  { command: 'spec', args: ['spec', '.', '--out', 'spec.txt'], en: '--out spec.txt: the file name must end in .xlsx (or .reqif for ReqIF).', pl: '--out spec.txt: nazwa pliku musi kończyć się na .xlsx (albo .reqif dla ReqIF).' },
  { command: 'spec --date', args: ['spec', '.', '--out', 'a.xlsx', '--date', '2026-13-01'], en: 'expected a date as YYYY-MM-DD.', pl: 'oczekiwano daty w postaci RRRR-MM-DD.' },
  { command: 'vendors score', args: ['vendors', 'score', '.', 'a.xlsx', '--format', 'xlsx'], en: '--format xlsx needs --out <file.xlsx>.', pl: '--format xlsx wymaga --out <plik.xlsx>.' },
  { command: 'docs', args: ['docs', 'nowhere'], en: 'nowhere: no such file or directory.', pl: 'nowhere: nie ma takiego pliku ani folderu.' },
  { command: 'export', args: ['export', 'yaml', '.'], en: 'export yaml: unknown format; use one of json.', pl: 'export yaml: nieznany format; użyj jednego z: json.' },
  { command: 'staffing', args: ['staffing', '.', '--month', 'foo'], en: '--month foo: expected one of jan', pl: '--month foo: oczekiwano jednej z wartości: jan' },
  { command: 'diff', args: ['diff', '', '.'], en: 'an empty path was given; name a folder, a file or REV:path.', pl: 'podano pustą ścieżkę; podaj folder, plik albo REV:ścieżka.' },
  { command: 'fmt', args: ['fmt', 'nowhere'], en: 'nowhere: no such file or directory.', pl: 'nowhere: nie ma takiego pliku ani folderu.' },
  { command: 'init', args: ['init', 'new', '--language', 'de'], en: '--language de: expected en or pl.', pl: '--language de: oczekiwano en lub pl.' },
  { command: 'lsp', args: ['lsp'], en: 'lsp: pass --stdio; the server talks JSON-RPC over standard input and output.', pl: 'lsp: podaj --stdio; serwer rozmawia przez JSON-RPC' },
  { command: 'serve', args: ['serve', '.', '--port', 'x'], en: "--port 'x' is not a port number (0 to 65535).", pl: "--port 'x' nie jest numerem portu (od 0 do 65535)." },
  { command: 'rules', args: ['rules', '--format', 'xml'], en: "--format 'xml' is not allowed; use one of table, json.", pl: "--format 'xml': niedozwolona wartość; użyj jednej z: table, json." },
  { command: 'schema', args: ['schema', '--yaml'], en: "unknown option '--yaml'.", pl: "nieznana opcja '--yaml'." },
];

describe('usage errors raised before a project is read', () => {
  for (const c of beforeProject) {
    it(`ccp ${c.command}: English by default, Polish with --lang pl (before or after the command) and with CCP_LANG=pl`, async () => {
      const en = await run(c.args);
      expect(en.code, en.stderr).toBe(2);
      expect(en.stderr).toContain(c.en);
      expect(en.stderr).toMatch(/^ccp: /);
      for (const pl of [await run(['--lang', 'pl', ...c.args]), await run([...c.args, '--lang', 'pl']), await run(c.args, work, { CCP_LANG: 'pl' })]) {
        expect(pl.code, pl.stderr).toBe(2);
        expect(pl.stderr).toContain(c.pl);
        expect(pl.stderr).not.toContain(c.en);
      }
    });
  }

  it('--lang wins over CCP_LANG, CCP_LANG over the locale; LC_ALL over LANG', async () => {
    const args = ['fmt', 'nowhere'];
    expect((await run([...args, '--lang', 'en'], work, { CCP_LANG: 'pl' })).stderr).toContain('no such file or directory');
    expect((await run(args, work, { CCP_LANG: 'en', LANG: 'pl_PL.UTF-8' })).stderr).toContain('no such file or directory');
    expect((await run(args, work, { LANG: 'pl_PL.UTF-8' })).stderr).toContain('nie ma takiego pliku ani folderu');
    expect((await run(args, work, { LC_ALL: 'pl_PL.UTF-8', LANG: 'en_US.UTF-8' })).stderr).toContain('nie ma takiego pliku ani folderu');
    expect((await run(args, work, { LC_ALL: 'en_GB.UTF-8', LANG: 'pl_PL.UTF-8' })).stderr).toContain('no such file or directory');
  });

  it('a CCP_LANG that is neither en nor pl is a usage error naming it', async () => {
    const r = await run(['rules'], work, { CCP_LANG: 'de' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ccp: CCP_LANG=de: expected en or pl.\n');
  });

  it("what is wrong in ccp.config.json is said in the chosen language, each problem on its line", async () => {
    const dir = join(work, 'bad-config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ccp.config.json'), JSON.stringify({ outputs: { dir: 5 }, rulez: {}, browser: '/bin/sh' }));
    const pl = await run(['check', '.', '--lang', 'pl'], dir);
    expect(pl.code).toBe(2);
    expect(pl.stderr).toBe(
      [
        'ccp: ccp.config.json zawiera błędy:',
        "  - 'rulez' nie jest znanym ustawieniem (czy chodziło o 'rules'?)",
        "  - 'browser' podaje kanał przeglądarki (\"chromium\" lub \"chrome\"), nigdy ścieżkę ani polecenie: konfiguracja jest częścią repozytorium, więc pull request mógłby inaczej sprawić, że ccp uruchomi dowolny program. Aby użyć konkretnego programu, ustaw CCP_BROWSER w środowisku",
        "  - 'outputs.dir' musi być tekstem",
        '',
      ].join('\n'),
    );
    const en = await run(['check', '.'], dir);
    expect(en.stderr).toContain("ccp: ccp.config.json is invalid:\n  - 'rulez' is not a known setting (did you mean 'rules'?)\n");
    expect(en.stderr).toContain("  - 'outputs.dir' must be string\n");
    writeFileSync(join(dir, 'ccp.config.json'), '{ "rules": { "dead-end-stp": "error" } }');
    expect((await run(['check', '.'], dir, { CCP_LANG: 'pl' })).stderr).toBe(
      "ccp: ccp.config.json zawiera błędy:\n  - 'rules.dead-end-stp' nie jest znaną regułą (czy chodziło o 'dead-end-step'?); listę reguł pokazuje 'ccp rules'\n",
    );
    writeFileSync(join(dir, 'ccp.config.json'), '{ "rules": ');
    expect((await run(['check', '.'], dir, { CCP_LANG: 'pl' })).stderr).toMatch(/^ccp: ccp\.config\.json zawiera błędy:\n {2}- to nie jest poprawny JSON \(.+\)\n$/);
  });

  it('a NUL in an argument is said in the chosen language too', async () => {
    expect((await run(['fmt', 'a\0b', '--lang', 'pl'])).stderr).toBe('ccp: argument 2 zawiera znak NUL; żadna nazwa pliku ani wartość nie może go zawierać.\n');
  });
});

describe("commander's parse errors come from the catalog", () => {
  const cases: { args: string[]; en: string; pl: string }[] = [
    { args: ['chek'], en: "unknown command 'chek'; did you mean check?", pl: "nieznane polecenie 'chek'; czy chodziło o check?" },
    { args: ['check', '--formt', 'json'], en: "unknown option '--formt'; did you mean --format?", pl: "nieznana opcja '--formt'; czy chodziło o --format?" },
    { args: ['export'], en: "missing required argument 'format'.", pl: "brakuje wymaganego argumentu 'format'." },
    { args: ['check', '--format'], en: "option '--format' needs a value.", pl: "opcja '--format' wymaga wartości." },
    { args: ['spec', '.'], en: "required option '--out' is not given.", pl: "nie podano wymaganej opcji '--out'." },
    { args: ['staffing', '--format', 'pdf'], en: "--format 'pdf' is not allowed; use one of table, json, xlsx.", pl: "--format 'pdf': niedozwolona wartość; użyj jednej z: table, json, xlsx." },
    { args: ['lsp', 'a', 'b'], en: "too many arguments for 'lsp': it takes 0 arguments, 2 given.", pl: "za dużo argumentów dla 'lsp': przyjmuje 0 argumentów, podano 2." },
    { args: ['check', '--lang', 'de'], en: "--lang 'de' is not allowed; use one of en, pl.", pl: "--lang 'de': niedozwolona wartość; użyj jednej z: en, pl." },
  ];
  for (const c of cases) {
    it(`ccp ${c.args.join(' ')}`, async () => {
      const en = await run(c.args);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`ccp: ${c.en}\n(run ccp --help for usage)\n`);
      const pl = await run(c.args, work, { CCP_LANG: 'pl' });
      expect(pl.code).toBe(2);
      expect(pl.stderr).toBe(`ccp: ${c.pl}\n(sposób użycia pokazuje ccp --help)\n`);
    });
  }

  it('--help and --version still end with 0, and ccp alone prints the help with exit 2', async () => {
    expect((await run(['--help'])).code).toBe(0);
    expect((await run(['check', '--help'])).stdout).toContain('--lang <language>');
    expect((await run(['--version'])).code).toBe(0);
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: ccp');
  });
});

describe("usage errors raised once the project is read follow its output_language", () => {
  const afterProject: { command: string; args: (out: string) => string[]; en: string; pl: string }[] = [
    { command: 'check', args: () => ['check', '.', '--rule', 'dead-end-stp=error'], en: "--rule dead-end-stp: unknown rule (did you mean 'dead-end-step'?); run 'ccp rules' for the list.", pl: "--rule dead-end-stp: nieznana reguła (czy chodziło o 'dead-end-step'?); listę reguł pokazuje 'ccp rules'." },
    { command: 'staffing', args: () => ['staffing', '.', '--scenario', 'nope'], en: '--scenario nope: no such scenario', pl: '--scenario nope: nie ma takiego scenariusza' },
    { command: 'diagram', args: () => ['diagram', '.', '--format', 'svg,gif'], en: "unknown format 'gif'; use mmd, bpmn, svg and/or png.", pl: "nieznany format 'gif'; użyj mmd, bpmn, svg i/lub png." },
    { command: 'build', args: (out) => ['build', '.', '--out', out], en: 'is not a folder; name a folder for the outputs', pl: 'nie jest folderem; podaj folder na wyniki' },
    { command: 'docs', args: (out) => ['docs', '.', '--out', out], en: 'is not a folder; name a folder for the outputs', pl: 'nie jest folderem; podaj folder na wyniki' },
    { command: 'export', args: (out) => ['export', 'json', '.', '--out', join(out, '..', 'folder')], en: 'is a folder; ccp writes only to a regular file', pl: 'to folder; ccp zapisuje tylko do zwykłego pliku' },
    { command: 'spec', args: (out) => ['spec', '.', '--out', join(out, '..', 'folder.xlsx')], en: 'is a folder; ccp writes only to a regular file', pl: 'to folder; ccp zapisuje tylko do zwykłego pliku' },
  ];
  for (const c of afterProject) {
    it(`ccp ${c.command}: Polish in a Polish project, English in an English one, --lang over both`, async () => {
      const out = join(work, 'a-file');
      writeFileSync(out, 'not a folder');
      mkdirSync(join(work, 'folder'), { recursive: true });
      mkdirSync(join(work, 'folder.xlsx'), { recursive: true });
      const pl = await run(c.args(out), polish);
      expect(pl.code, pl.stderr).toBe(2);
      expect(pl.stderr).toContain(c.pl);
      const en = await run(c.args(out), english);
      expect(en.code, en.stderr).toBe(2);
      expect(en.stderr).toContain(c.en);
      // --lang en over the project's Polish, and a Polish locale does not override a project that is read
      expect((await run([...c.args(out), '--lang', 'en'], polish)).stderr).toContain(c.en);
      expect((await run(c.args(out), english, { LANG: 'pl_PL.UTF-8' })).stderr).toContain(c.en);
    });
  }
});

describe('what the commands print follows the same language', () => {
  it('ccp build: the summary lines in a Polish project, with Polish plurals and the decimal comma', async () => {
    const r = await run(['build', '.', '--no-render', '--out', join(work, 'out-pl')], polish);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Budowanie: .+ \(0 błędów, 0 ostrzeżeń; szczegóły pokazuje ccp check\)$/m);
    expect(r.stdout).toMatch(/spec {7}.+ \(8 funkcji, 6 obowiązkowych\)$/m);
    expect(r.stdout).toMatch(/i 4 pliki Markdown w /);
    expect(r.stdout).toMatch(/^Gotowe: 5 artefaktów w \d+,\d s\.$/m);
    const en = await run(['build', '.', '--no-render', '--out', join(work, 'out-en')], english);
    expect(en.stdout).toMatch(/^Done: \d+ artifacts in \d+\.\d s\.$/m);
    expect(en.stdout).not.toMatch(/Budowanie|Gotowe/);
  });

  it('ccp check: the stylish severities and summary, and the refusal of a design with errors', async () => {
    expect((await run(['check', '.'], polish)).stdout).toMatch(/^Brak problemów w 6 plikach\.$/m);
    writeFileSync(join(work, 'broken.ccp'), 'project p { output_language: pl }\nprocess q { step a { by: nobody  end } }\n');
    const stylish = await run(['check', 'broken.ccp']);
    expect(stylish.stdout).toMatch(/^broken\.ccp:2:26 {2}błąd {2}'by' \(krok 'a'\) wskazuje 'nobody' \(rola\), którego nie zadeklarowano\. {2}undefined-reference$/m);
    expect((await run(['check', 'broken.ccp', '--lang', 'en'])).stdout).toMatch(/^broken\.ccp:2:26 {2}error {2}'by' /m);
    const refused = await run(['export', 'json', 'broken.ccp']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ccp export: projekt ma 1 błąd; nic nie zostało zapisane\. Popraw go \(ccp check\)/);
  });

  it('ccp fmt: its lines in the chosen language', async () => {
    const dir = join(work, 'fmt');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.ccp'), 'role a {headcount: 1}\n');
    writeFileSync(join(dir, 'b.ccp'), 'role b {headcount: 2}\n');
    const check = await run(['fmt', '--check', '.', '--lang', 'pl'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe("Pliki do sformatowania: 2 z 2; uruchom 'ccp fmt', aby je poprawić.\n");
    const fix = await run(['fmt', '.'], dir, { CCP_LANG: 'pl' });
    expect(fix.stdout).toBe('sformatowano a.ccp\nsformatowano b.ccp\n');
    writeFileSync(join(dir, 'c.ccp'), 'role c { headcount: }\n');
    const broken = await run(['fmt', 'c.ccp', '--lang', 'pl'], dir);
    expect(broken.stderr).toContain("c.ccp:1:10: Pole 'headcount' (rola 'c') nie ma wartości po ':'.");
    expect(broken.stderr).toContain('c.ccp: nie sformatowano z powodu powyższych błędów.');
  });

  it('ccp init: a Polish project is announced in Polish', async () => {
    const r = await run(['init', 'nowy', '--language', 'pl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Utworzono nowy[/\\]ccp\.config\.json, /);
    expect(r.stdout).toContain('Dalej: zmień main.ccp, a potem uruchom `ccp check nowy`');
    const again = await run(['init', 'nowy', '--language', 'pl']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/już istnieją; ccp init nie nadpisuje plików \(nic nie zostało zapisane\)\.\n$/);
    expect((await run(['init', 'new'])).stdout).toMatch(/^Created new[/\\]ccp\.config\.json, /);
  });

  it('ccp rules: the descriptions in the chosen language (the JSON keeps them in English)', async () => {
    expect((await run(['rules', '--lang', 'pl'])).stdout).toMatch(/^kpi-without-target +warning +Daj każdemu KPI cel\.$/m);
    expect((await run(['rules'])).stdout).toMatch(/^kpi-without-target +warning +Give every KPI a target\.$/m);
    expect((await run(['rules', '--format', 'json'], work, { CCP_LANG: 'pl' })).stdout).toContain('"description": "Give every KPI a target."');
  });

  it('ccp staffing: the table headings follow CCP_LANG over the project', async () => {
    const pl = await run(['staffing', '.'], english, { CCP_LANG: 'pl' });
    expect(pl.code, pl.stderr).toBe(0);
    expect(pl.stdout).toMatch(/^kanał +przedział +wolumen/m);
    expect((await run(['staffing', '.'], english)).stdout).toMatch(/^channel +interval +volume/m);
  });

  it("ccp serve: the start line in the project's language", async () => {
    const server = await startServe(polish);
    try {
      expect(server.stdout()).toMatch(/^ccp serve: http:\/\/127\.0\.0\.1:\d+\/\S+\/\nŚledzę zmiany w .+; Ctrl-C kończy pracę\.\n/);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
