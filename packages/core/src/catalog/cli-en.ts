import { vendorFilesEn } from './vendor-files-en.js';

/**
 * The English texts of what the command line says itself: usage errors (exit 2), commander's parse errors, and the
 * human-readable lines of the commands (summaries, progress). One function per message, as in en.ts; cli-pl.ts has
 * the same keys, checked by the compiler. A UsageError carries its key and arguments (`CliText`), so main() writes
 * it in the language known when it is printed (--lang, CCP_LANG, the project's output_language, the locale).
 * An argument may itself be a `CliText` (a message inside a message); it is written in the same language.
 */

/** A CLI message by key and arguments, written in a language only when it is printed. */
export interface CliText {
  key: string;
  args: Record<string, unknown>;
}

/** One error of the JSON Schema validator (ajv): where, which keyword failed, its parameters and English message. */
export interface SchemaProblem {
  path: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const hint = (h?: string) => (h ? ` (did you mean '${h}'?)` : '');
const inside = (within: 'output' | 'project' | 'init', root?: string) =>
  within === 'init' ? `outside ${root ?? '.'}` : `outside the ${within} folder`;
const remove = (within: 'output' | 'project' | 'init') => (within === 'init' ? 'Remove the link.' : 'Remove the link or name another folder with --out.');

export const cliEn = {
  // ccp vendors score: the filled files, their rows and the ranking (vendor-files-en.ts)
  ...vendorFilesEn,
  // where the language and the arguments come from
  nulArgument: (a: { n: number }) => `argument ${a.n} contains a NUL character; no file name or value can hold one.`,
  langExpected: (a: { source: string; value: string }) => `${a.source} ${a.value}: expected en or pl.`,
  envLangExpected: (a: { value: string }) => `CCP_LANG=${a.value}: expected en or pl.`,
  seeHelp: () => '(run ccp --help for usage)',
  // commander's parse errors, by CommanderError.code
  unknownOption: (a: { option: string; suggestion?: string }) => `unknown option '${a.option}'${a.suggestion ? `; did you mean ${a.suggestion}?` : '.'}`,
  unknownCommand: (a: { command: string; suggestion?: string }) => `unknown command '${a.command}'${a.suggestion ? `; did you mean ${a.suggestion}?` : '.'}`,
  missingArgument: (a: { name: string }) => `missing required argument '${a.name}'.`,
  optionMissingArgument: (a: { option: string }) => `option '${a.option}' needs a value.`,
  missingMandatoryOption: (a: { option: string }) => `required option '${a.option}' is not given.`,
  invalidChoice: (a: { option: string; value: string; choices: string }) => `${a.option} '${a.value}' is not allowed; use one of ${a.choices}.`,
  excessArguments: (a: { command: string; expected: number; got: number }) =>
    `too many arguments for '${a.command}': it takes ${s(a.expected, 'argument', 'arguments')}, ${a.got} given.`,
  commanderOther: (a: { message: string }) => a.message,
  // paths and files
  noSuchPath: (a: { path: string }) => `${a.path}: no such file or directory.`,
  noSuchPathLink: (a: { path: string }) => `${a.path}: no such file or directory (it is a symbolic link to nothing).`,
  cannotReadPath: (a: { path: string }) => `${a.path}: cannot be read.`,
  cannotReadBecause: (a: { path: string; reason: string }) => `${a.path}: cannot be read (${a.reason}).`,
  cannotCreate: (a: { path: string; reason: string }) => `${a.path}: cannot be created (${a.reason}).`,
  cannotWrite: (a: { path: string; reason: string }) => `${a.path}: cannot be written (${a.reason}).`,
  cannotResolve: (a: { path: string; reason: string }) => `${a.path}: cannot be resolved (${a.reason}).`,
  symlinkLoop: (a: { path: string }) => `${a.path}: is a symbolic-link loop (it leads back to itself); remove or fix the link.`,
  notFileOrFolder: (a: { path: string }) => `${a.path}: is not a regular file or a folder; only .ccp files can be formatted.`,
  notAFolder: (a: { path: string }) => `${a.path} is not a folder; name a folder for the outputs (it is created when missing).`,
  notInOutputFolder: (a: { file: string; folder: string }) => `${a.file} is not a file inside the output folder ${a.folder}; name a file in it.`,
  manifestFile: (a: { file: string }) => `${a.file} is where ccp keeps the list of what it wrote; name another file.`,
  notReplaceable: (a: { path: string; kind: string }) =>
    `${a.path} is ${a.kind}; ccp writes only to a regular file or a new path, and never replaces or follows ${a.kind === 'a folder' ? 'a folder' : 'it'}.`,
  linkToNothing: (a: { path: string; within: 'output' | 'project' | 'init' }) =>
    `${a.path} is a symbolic link that leads to a path that does not exist; ccp does not write through it. ${remove(a.within)}`,
  linkLeadsOutside: (a: { link: string; real: string; within: 'output' | 'project' | 'init'; root?: string }) =>
    `${a.link} is a symbolic link that leads ${inside(a.within, a.root)} (to ${a.real}); ccp does not write through it. ${remove(a.within)}`,
  nothingWritten: (a: { problem: CliText | string }) => `${String(a.problem)} Nothing was written.`,
  // ccp.config.json
  configInvalid: (a: { file: string; errors: (CliText | string)[] }) => `${a.file} is invalid:\n${a.errors.map((e) => `  - ${String(e)}`).join('\n')}`,
  // what is wrong in a ccp.config.json (parseConfig): one line each under configInvalid
  configNotJson: (a: { reason: string }) => `it is not valid JSON (${a.reason})`,
  configUnknownSetting: (a: { at: string; suggestion?: string }) => `'${a.at}' is not a known setting${hint(a.suggestion)}`,
  configBrowserChannel: () =>
    `'browser' names a browser channel ("chromium" or "chrome"), never a path or a command: a config is part of the repository, so a pull request could otherwise make ccp run any program. To run a particular executable, set CCP_BROWSER in the environment`,
  configSchemaError: (a: SchemaProblem) => `'${a.path || '(root)'}' ${a.message ?? 'is invalid'}${a.keyword === 'enum' ? ` (${JSON.stringify(a.params.allowedValues)})` : ''}`,
  configUnknownRule: (a: { id: string; suggestion?: string }) => `'rules.${a.id}' is not a known rule${hint(a.suggestion)}; run 'ccp rules' for the list`,

  configIncludeOutside: (a: { include: string }) => `ccp.config.json include '${a.include}' points outside the project folder; include only paths inside it.`,
  configLinkOutside: (a: { file: string }) => `${a.file} is a symbolic link that leads outside the project folder; it is not read. Replace it with the file itself.`,
  configTooLarge: (a: { file: string; bytes: number; limit: number }) =>
    `${a.file} is ${a.bytes.toLocaleString('en-US')} bytes, over the ${a.limit.toLocaleString('en-US')}-byte limit for a config.`,
  configNotRegular: (a: { file: string; kind: string }) => `${a.file} is ${a.kind}, not a regular file; it is not read.`,
  configSetting: (a: { setting: string; problem: CliText | string }) => `ccp.config.json ${a.setting}: ${String(a.problem)}`,
  configPathOutside: (a: { setting: string; value: string }) =>
    `ccp.config.json ${a.setting} '${a.value}' points outside the project folder; use a path inside it, or --out on the command line.`,
  configPathGit: (a: { setting: string; value: string }) =>
    `ccp.config.json ${a.setting} '${a.value}' points into a .git folder; ccp does not write there. Use another path, or --out on the command line.`,
  templateError: (a: { template: string; detail?: string; dir: string }) => `Template '${a.template}': ${a.detail ?? 'no such template.'} (in ${a.dir} or the defaults).`,
  templatesFolderLink: () => 'The templates folder is a symbolic link; it is not read.',
  templateFolderLink: (a: { folder: string }) => `Template folder '${a.folder}' is a symbolic link; it is not read.`,
  templateLink: (a: { name: string }) => `Template '${a.name}' is a symbolic link; it is not read.`,
  templateNotRead: (a: { name: string; reason: 'unreadable' | 'notRegular' | 'tooLarge'; limit: number }) =>
    `Template '${a.name}' ${a.reason === 'notRegular' ? 'is not a regular file' : a.reason === 'tooLarge' ? `is over the ${a.limit.toLocaleString('en-US')}-byte limit for a template` : 'cannot be read'}; it is not read.`,
  // ccp fmt writing in place
  changedWhileFormatting: (a: { path: string }) => `${a.path}: changed while it was being formatted; nothing was written, run 'ccp fmt' again.`,
  noSafetyCopy: (a: { path: string; links: number; reason: string }) =>
    `${a.path}: not formatted: ${a.links > 1 ? `it has ${a.links} hard links, so it is rewritten in place,` : 'it must be rewritten in place (to keep its owner),'} and no safety copy can be written next to it first (${a.reason}).`,
  inPlaceFailed: (a: { path: string; reason: string; copy: string }) => `${a.path}: writing it in place failed (${a.reason}); the whole formatted text is in '${a.copy}'.`,
  // git
  gitMissing: () => 'git is not installed or not on PATH; it is needed to read REV:path.',
  gitCannotRun: (a: { reason: string }) => `cannot run git (${a.reason}).`,
  gitFailed: (a: { reason: string }) => `git cat-file failed (${a.reason}).`,
  notARevision: (a: { spec: string; rev: string }) => `${a.spec}: '${a.rev}' is not a revision.`,
  notInRepository: (a: { spec: string; rev: string; reason: string }) => `${a.spec}: not inside a git repository, so '${a.rev}' cannot be read (${a.reason}).`,
  bareTree: (a: { spec: string; gitDir: string }) =>
    `${a.spec}: the repository found here is a folder of the tree laid out as a bare repository (${a.gitDir}), not a checkout; ccp does not run git in it.`,
  outsideRepository: (a: { spec: string; path: string }) => `${a.spec}: '${a.path}' is outside the repository.`,
  notRevisionHere: (a: { spec: string; rev: string }) => `${a.spec}: '${a.rev}' is not a revision in this repository.`,
  notInRevision: (a: { spec: string; path: string; rev: string }) => `${a.spec}: '${a.path}' does not exist in '${a.rev}'.`,
  cannotList: (a: { spec: string; path: string; rev: string; reason: string }) => `${a.spec}: cannot list '${a.path}' in '${a.rev}' (${a.reason}).`,
  emptyPath: () => 'an empty path was given; name a folder, a file or REV:path.',
  // options of the commands
  unknownFormat: (a: { option: string; format: string; list: string }) => `${a.option} ${a.format}: unknown format; use one of ${a.list}.`,
  unknownFormatIn: (a: { value: string; format: string }) => `--format ${a.value}: unknown format '${a.format}'; use mmd, bpmn, svg and/or png.`,
  formatTableOrJson: (a: { format: string }) => `--format ${a.format}: use table or json.`,
  specFormat: (a: { format: string }) => `--format ${a.format}: expected xlsx or reqif.`,
  specOutExtension: (a: { out: string; ext: string; fromOut: boolean }) =>
    `--out ${a.out}: the file name must end in .${a.ext}${a.fromOut ? ' (or .reqif for ReqIF)' : ` for --format ${a.ext}`}.`,
  dateExpected: (a: { date: string }) => `--date ${a.date}: expected a date as YYYY-MM-DD.`,
  ruleOverride: (a: { value: string }) => `--rule ${a.value}: expected <rule-id>=off|warn|error.`,
  unknownRule: (a: { id: string; suggestion?: string }) => `--rule ${a.id}: unknown rule${hint(a.suggestion)}; run 'ccp rules' for the list.`,
  maxWarnings: (a: { value: string }) => `--max-warnings ${a.value}: expected a whole number of 0 or more.`,
  xlsxNeedsOut: () => '--format xlsx needs --out <file.xlsx>.',
  shiftsNotXlsx: () => '--shifts is shown as a table or as JSON (--format table or json), not in the workbook yet.',
  monthExpected: (a: { value: string; list: string }) => `--month ${a.value}: expected one of ${a.list}.`,
  noSuchScenario: (a: { name: string; suggestion?: string; list?: string }) =>
    `--scenario ${a.name}: no such scenario${hint(a.suggestion)}; ${a.list ? `the model has ${a.list}` : 'the model has none'}.`,
  initExists: (a: { files: string; count: number }) => `${a.files} already exist${a.count === 1 ? 's' : ''}; ccp init does not overwrite files (nothing was written).`,
  notAPort: (a: { port: string }) => `--port '${a.port}' is not a port number (0 to 65535).`,
  portInUse: (a: { port: number }) => `Port ${a.port} is in use; choose another with --port, or leave --port out for a free one.`,
  notAHost: (a: { host: string }) => `--host '${a.host}' is not an address of this machine.`,
  lspStdio: () => 'lsp: pass --stdio; the server talks JSON-RPC over standard input and output.',
  // what the commands print
  severity: (a: { severity: 'error' | 'warning' | 'info' }): string => a.severity,
  designErrorsForced: (a: { command: string; errors: number }) =>
    `ccp ${a.command}: the design has ${s(a.errors, 'error', 'errors')}; writing anyway (--force), marked as made from a design with errors.`,
  designErrorsRefused: (a: { command: string; errors: number }) =>
    `ccp ${a.command}: the design has ${s(a.errors, 'error', 'errors')}; nothing written. Fix them (ccp check), or use --force to write it marked as made from a design with errors.`,
  tooManyWarnings: (a: { warnings: number; max: number }) => `ccp: ${a.warnings} warnings exceed --max-warnings ${a.max}.`,
  buildStart: (a: { name: string; dir: string; errors: number; warnings: number }) =>
    `Building ${a.name} into ${a.dir} (${s(a.errors, 'error', 'errors')}, ${s(a.warnings, 'warning', 'warnings')}; run ccp check for details)`,
  buildDone: (a: { made: number; seconds: string }) => `Done: ${s(a.made, 'artifact', 'artifacts')} in ${a.seconds} s.`,
  buildFailed: (a: { failed: number; made: number; seconds: string }) => `Failed: ${s(a.failed, 'artifact', 'artifacts')}, made ${a.made} in ${a.seconds} s.`,
  artifactFailed: (a: { reason: string }) => `FAILED: ${a.reason}`,
  bugInCcp: (a: { message: string }) => `${a.message} (a bug in ccp; please report it)`,
  nothingToDraw: () => 'none: the model has nothing to draw.',
  diagramsWritten: (a: { counts: string; dir: string }) => `${a.counts} in ${a.dir}`,
  imagesSkipped: (a: { formats: string; why: string }) => `skipped ${a.formats}: ${a.why}`,
  renderingOff: () => 'rendering turned off with --no-render',
  mermaidFailed: (a: { name: string; error: string }) => `${a.name}: Mermaid could not render it (${a.error}).`,
  specWritten: (a: { file: string; functions: number; must: number }) => `${a.file} (${s(a.functions, 'function', 'functions')}, ${a.must} must-have)`,
  docsHtml: (a: { file: string; svg: boolean }) => `${a.file} (${a.svg ? 'inline SVG' : 'Mermaid text'})`,
  docsMarkdown: (a: { count: number }) => s(a.count, 'Markdown file', 'Markdown files'),
  docsWritten: (a: { parts: string[]; dir: string }) => `${a.parts.join(' and ')} in ${a.dir}`,
  docsMermaidText: (a: { why: string }) => `diagrams shown as Mermaid text: ${a.why}`,
  note: (a: { note: CliText | string }) => `note: ${String(a.note)}`,
  notATemplate: (a: { name: string }) => `templates/${a.name}.hbs is not a document template (known: spec.html, index.md, process.md; partials go in templates/partials/).`,
  noChannels: () => 'skipped: the model has no channels.',
  removedOutputs: (a: { count: number; files: string }) => `Removed ${s(a.count, 'output', 'outputs')} of an earlier run that nothing makes any more: ${a.files}.`,
  fmtFormatted: (a: { file: string }) => `formatted ${a.file}`,
  fmtWouldChange: (a: { changed: number; files: number }) => `${a.changed} of ${s(a.files, 'file', 'files')} would be reformatted; run 'ccp fmt' to fix.`,
  fmtErrorsAbove: (a: { file: string }) => `${a.file}: not formatted because of the errors above.`,
  fmtUnreadable: (a: { problem: CliText | string }) => `This file ${String(a.problem)}; it was not formatted.`,
  fmtNotUtf8: () => 'This file cannot be read as UTF-8 text.',
  fmtNotFormatted: (a: { message: string }) => `${a.message} It was not formatted.`,
  fmtReadOnly: () => 'This file is read-only, so it was not formatted; make it writable to format it (ccp fmt never changes permissions).',
  warning: (a: { note: CliText | string }) => `warning: ${String(a.note)}`,
  fileUnreadable: (a: { reason: string }) => `cannot be read (${a.reason})`,
  fileNotRegular: () => 'is not a regular file',
  fileOverLimit: (a: { bytes: number; limit: number }) => `is ${a.bytes.toLocaleString('en-US')} bytes, over the ${a.limit.toLocaleString('en-US')}-byte limit for one file`,
  skippedLinkToNothing: (a: { path: string }) => `'${a.path}' is a symbolic link to nothing; it is not formatted.`,
  skippedLinkOutside: (a: { path: string }) => `'${a.path}' is a symbolic link that leads outside the project folder; it is not followed.`,
  skippedNotRegular: (a: { path: string }) => `'${a.path}' is not a regular file; it is not formatted.`,
  serveStart: (a: { url: string; root: string }) => `ccp serve: ${a.url}\nWatching ${a.root}; press Ctrl-C to stop.`,
  serveUpdated: (a: { ms: number; syntaxErrors: number; errors: number; warnings: number }) =>
    `ccp serve: updated in ${a.ms} ms: ${a.syntaxErrors > 0 ? `${a.syntaxErrors} syntax error(s), showing the last version without them` : `${a.errors} error(s), ${a.warnings} warning(s)`}.`,
  serveOpenFailed: (a: { command: string }) => `ccp serve: could not start ${a.command}; open the address above yourself.`,
  serveInternalError: (a: { message: string }) => `ccp serve: internal error: ${a.message}`,
  serveReachable: (a: { host: string }) =>
    `ccp serve: warning: listening on '${a.host}' makes the page reachable from other machines; anyone with its address (which carries the token) can read the design.`,
  initCreated: (a: { files: string; root: string; version: string }) =>
    `Created ${a.files}.\nNext: edit main.ccp, then run \`ccp check ${a.root}\` and \`ccp build ${a.root}\`.\n` +
    `For CI, commit ccp's release tarball ccp-cli-${a.version}.tgz and its .sha512 to tools/ (see the workflow).`,
  docsWrote: (a: { count: number; dir: string; files: string }) => `Wrote ${s(a.count, 'file', 'files')} to ${a.dir}: ${a.files}.`,
  specWrote: (a: { file: string; functions: number; must: number }) => `ccp: wrote ${a.file} (${a.functions} functions, ${a.must} must-have).`,
  reqifWrote: (a: { file: string; requirements: number; must: number; headings: number }) =>
    `ccp: wrote ${a.file} (ReqIF 1.2: ${a.requirements} requirements, ${a.must} must-have, under ${a.headings} headings).`,
  errorsBeforeScoring: (a: { errors: number }) => `ccp: ${s(a.errors, 'error', 'errors')}; fix them before scoring vendors.`,
  diffSideErrors: (a: { spec: string; errors: number }) => `ccp: warning: ${a.spec} has ${s(a.errors, 'error', 'errors')} (run ccp check); the diff uses what could be read.`,
  wroteDiagrams: (a: { count: number; dir: string }) => `Wrote ${s(a.count, 'diagram', 'diagrams')} (.mmd) to ${a.dir}.`,
  wroteBpmn: (a: { count: number; dir: string }) => `Wrote ${s(a.count, 'BPMN file', 'BPMN files')} (.bpmn) to ${a.dir}.`,
  wroteBlueprints: (a: { count: number; dir: string }) => `Wrote ${s(a.count, 'service blueprint', 'service blueprints')} (.svg) to ${a.dir}.`,
  rendered: (a: { done: number; total: number; formats: string; browser: string; seconds: string }) =>
    `Rendered ${a.done} of ${s(a.total, 'diagram', 'diagrams')} (${a.formats}) with ${a.browser} in ${a.seconds} s.`,
  browserHint: () => 'Install Chromium (e.g. `apt-get install chromium`) or set CCP_BROWSER to the path of a Chromium or Chrome executable.',
  rendererMissing: () => 'the diagram renderer is not available',
  noBrowserFound: (a: { hint: string }) => `no browser found. ${a.hint}`,
  noBrowserImages: (a: { formats: string; hint: string }) => `ccp: no browser found, so no ${a.formats} was rendered (the .mmd files are written). ${a.hint}`,
  noBrowserBlueprints: (a: { hint: string }) => `ccp: no browser found, so no blueprint PNG was rendered (the .svg files are written). ${a.hint}`,
  browserCouldNot: (a: { browser: string; source: string; message: string }) => `${a.browser} (from ${a.source}) could not render: ${a.message}`,
  browserCouldNotBlueprints: (a: { browser: string; source: string; message: string }) => `${a.browser} (from ${a.source}) could not render the blueprints: ${a.message}`,
  renderFailed: (a: { name: string; renderer: string; error: string }) => `ccp: ${a.name}: ${a.renderer} could not render it: ${a.error}`,
  bpmnWarns: (a: { name: string; warning: string }) => `ccp: ${a.name}: bpmn-js warns: ${a.warning}`,
  screenshotFailed: (a: { name: string; error?: string }) => `ccp: ${a.name}: the PNG screenshot failed: ${a.error ?? 'unknown error'}`,
  mermaidFailedHtml: (a: { name: string; error: string }) => `ccp: ${a.name}: Mermaid could not render it (${a.error}); the HTML shows its text.`,
  vendorsNoneScored: (a: { count: number }) => `ccp: none of the ${s(a.count, 'file', 'files')} can be scored; no ranking written.`,
  vendorsSomeFailed: (a: { failed: number; total: number }) =>
    `ccp: ${a.failed} of ${a.total} files cannot be scored; the ranking of the other ${a.total - a.failed} was written.`,
};

/** What a path is, as the messages name it (`'a folder'`...), in Polish; the English phrase is the key. */
export const pathKindsEn = ['a folder', 'a symbolic link', 'a device', 'a named pipe (FIFO)', 'a socket', 'not a regular file'] as const;

export type CliTexts = typeof cliEn;
export type CliKey = keyof CliTexts;
