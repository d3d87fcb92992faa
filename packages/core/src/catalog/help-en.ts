/**
 * The English help of the command line (`ccp --help`, `ccp <command> --help`): the program's and each command's
 * description, each argument's and option's, and the words commander writes itself (the titles, the `(default: ...)`
 * suffixes, the help and version options, the help command). help-pl.ts has the same keys, checked by the compiler.
 * Plain strings: the help is written once, at start-up, in the language known then (packages/cli/src/language.ts).
 * Keys: `<command>` is the command's description, `<command><Option>` one of its options or arguments; texts that
 * several commands share have a key of their own (`paths`, `outStdout`).
 */
export const helpEn = {
  // commander's own words: the titles, the usage line's tokens, the suffixes of a description
  usage: 'Usage:',
  arguments: 'Arguments:',
  options: 'Options:',
  commands: 'Commands:',
  globalOptions: 'Global Options:',
  usageOptions: '[options]',
  usageCommand: '[command]',
  defaultIs: 'default',
  choicesAre: 'choices',
  envVariable: 'env',
  presetIs: 'preset',
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  version: 'output the version number',
  // the names of arguments and of option values, as the usage line and the lists show them (`<file>`, `[paths...]`)
  argPaths: 'paths',
  argPath: 'path',
  argFilled: 'filled',
  argOld: 'old',
  argNew: 'new',
  argDir: 'dir',
  argFormat: 'format',
  valueFile: 'file',
  valueDir: 'dir',
  valueFormat: 'format',
  valueList: 'list',
  valueRule: 'id=severity',
  valueLanguage: 'language',
  valueName: 'name',
  valueMonth: 'month',
  valueAddress: 'address',
  valueVersion: 'version',
  valueDate: 'YYYY-MM-DD',
  // the program and the options of every command
  program: 'Design customer contact centers as code: check the model, generate diagrams, specs and docs.',
  lang: "language ccp speaks in: en or pl (default: CCP_LANG, else the project's output_language, else the locale)",
  paths: 'files or folders (default: the current folder)',
  outStdout: 'write to a file instead of standard output (required for xlsx)',
  outputFormat: 'output format',
  // ccp check
  check: 'Check .ccp files for gaps: syntax, references and every rule. Exit 0 clean, 1 errors, 2 usage or I/O.',
  checkFormat: 'stylish, json, sarif, github or junit',
  checkMaxWarnings: 'exit 1 when there are more warnings than this',
  checkRule: 'set a rule to off, warn or error (repeatable)',
  checkQuiet: 'report errors only',
  checkNoColor: 'no colors in stylish output',
  checkLang: "language of the findings: en or pl (default: the project's output_language)",
  // ccp rules
  rules: 'List every rule with its id, default severity and description.',
  rulesFormat: 'table or json',
  // ccp build
  build:
    'Check the project and produce everything configured in ccp.config.json "outputs": diagrams, spec.xlsx, docs, model.json, staffing. Exit 1 on model errors.',
  buildOut: 'output folder (default: outputs.dir of the config, else "out" in the project)',
  buildForce: 'build even when the model has errors',
  buildNoRender: 'do not start a browser: no SVG/PNG, diagrams shown as Mermaid text in the HTML',
  // ccp diagram
  diagram:
    'Write Mermaid diagrams: a flowchart per process, a journey per persona and an overview (.mmd), and with ' +
    '--format bpmn a BPMN 2.0 file per process (.bpmn, with pools, swimlanes and layout); with svg or png a ' +
    'service blueprint per persona (.svg, drawn by ccp). SVG/PNG of each with a ' +
    'local Chromium (CCP_BROWSER or chromium on PATH). Exit 2 when rendering did not happen.',
  diagramPaths: 'files or folders of one project (default: the current folder)',
  diagramOut: 'output folder (default: <outputs.dir or out>/diagrams under the project root)',
  diagramFormat:
    'comma-separated: mmd, bpmn, svg, png (mmd is written unless only bpmn is named; svg/png of every source written; default from config or mmd,svg)',
  diagramForce: 'write even when the design has errors; each .mmd and .bpmn then starts with a comment saying so',
  diagramDetail: 'show the functions and data of each step',
  diagramNoHtmlLabels: 'SVG labels as SVG text rather than HTML, for SVGs that go into documents',
  // ccp spec
  spec: 'Write the vendor specification workbook (XLSX): functions with Must/Nice, processes, data, roles, channels, KPIs, non-functional requirements; or the requirements as ReqIF 1.2 (--format reqif).',
  specOut: 'the file to write: .xlsx, or .reqif for ReqIF (- for standard output)',
  specFormat: 'xlsx (the workbook) or reqif (ReqIF 1.2 for DOORS, Polarion, codebeamer, StrictDoc); default from the --out extension',
  specVersion: 'version on the cover (default: the project version and `git describe`)',
  specDate: 'date on the cover (default: the last commit date, else today)',
  specLanguage: "language of the workbook (default: the project's output_language)",
  specForce: 'write even when the design has errors; the cover then says so',
  // ccp vendors
  vendors: "Work with vendors' answers to the specification.",
  vendorsScore: "Score and rank vendors' filled copies of the spec: a must-have answered No disqualifies.",
  vendorsScorePath: 'the project (file or folder) the spec was made from',
  vendorsScoreFilled: "the vendors' filled .xlsx copies",
  // ccp docs
  docs: 'Write the specification: index.md and a Markdown file per process, and one self-contained spec.html.',
  docsOut: 'folder to write to (default: <outputs.dir>/docs in the project)',
  docsForce: 'write even when the design has errors; each document then opens with a banner saying so',
  docsNoHtml: 'skip spec.html',
  docsNoMarkdown: 'skip the Markdown files',
  docsNoSvg: 'show diagrams as Mermaid text in the HTML instead of rendering them with a browser',
  // ccp export
  export: 'Print the resolved model in a machine-readable format (json: see ccp schema). Refuses a design with errors (exit 1) unless --force.',
  exportFormat: 'json (the only format so far)',
  exportOut: 'write to a file instead of standard output',
  exportForce: 'write even when the design has errors; the JSON then has designErrors',
  exportNoLocations: 'leave out source: { file, line, column } of each element',
  // ccp schema
  schema: 'Print the JSON Schema (draft 2020-12) of the JSON model (ccp export json), or of ccp.config.json.',
  schemaConfig: 'print the schema of ccp.config.json instead',
  // ccp staffing
  staffing: 'Agents per channel and interval (Erlang C, or Erlang A with patience), FTE after shrinkage, supervisors, gaps and cost.',
  staffingScenario: 'show this scenario beside the baseline',
  staffingMonth: 'staff a month of the seasonality (jan..dec) instead of the average month',
  staffingShifts: 'plan the fewest agents on shift patterns (declared, or full time 8 h and part time 4 h) that cover every interval',
  staffingForce: 'compute even when the design has errors; every output then says so (exit 1 still)',
  staffingLang: "language of the output: en or pl (default: the project's output_language)",
  // ccp diff
  diff:
    'Show what changed between two versions of a design: functions, priorities, descriptions, steps, data access added and removed, ' +
    'every element and field; whether procurement must re-send the vendor spec (as ccp vendors score would judge), and whether the new version fails ccp check. ' +
    'Each side is a folder, a file, or REV:path read from git without a checkout. Exit 0 when the diff is written, 2 for a usage error.',
  diffOld: 'the old version: a folder, a file, or REV:path (e.g. origin/main:design)',
  diffNew: 'the new version: a folder, a file, or REV:path',
  diffFormat: 'md (for a pull-request comment) or json',
  // ccp fmt
  fmt: 'Format .ccp files into the canonical layout, keeping every comment. With --check, change nothing: list the files that would change and exit 1 if any would.',
  fmtCheck: 'only check: exit 1 and list the files that are not formatted',
  // ccp init
  init: 'Start a project: ccp.config.json, a starter main.ccp that checks clean, and a GitHub Actions workflow running ccp check.',
  initDir: 'folder to create the project in (default: the current folder)',
  initName: 'display name of the contact center (default: the folder name)',
  initLanguage: 'output language of documents: en or pl',
  // ccp lsp
  lsp: 'Start the language server for editors (diagnostics, completion, hover, navigation, rename, formatting).',
  lspStdio: 'talk JSON-RPC over standard input and output (the only transport)',
  // ccp serve
  serve: 'Show the design as a live web page on this machine (findings, diagrams, roles, functions, staffing, vendor spec), updated on every save.',
  servePath: 'the project folder or a file in it (default: the current folder)',
  servePort: 'port to listen on (default: a free port)',
  serveHost: 'interface to listen on (default: 127.0.0.1; another one makes the page reachable from other machines)',
  serveOpen: 'open the page in the default browser',
  servePoll: 'poll the files for changes instead of watching them',
};

/** The help texts, by key: help-pl.ts must have every key of help-en.ts and no other. */
export type HelpTexts = { readonly [K in keyof typeof helpEn]: string };
export type HelpKey = keyof HelpTexts;
