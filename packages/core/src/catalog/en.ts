/**
 * The English texts of the diagnostics that are not rule findings (CCP1xxx reading and syntax, CCP2xxx names,
 * fields and imports, CCP3xxx files): one function per message, as in the checker's catalog, which spreads these
 * in, so that rule findings and these come from one catalog. pl.ts has the same keys, checked by the compiler.
 * A diagnostic keeps its key and arguments (`Diagnostic.text`), so it can be shown in the project's language once
 * that is known (see localize.ts).
 */

import { kpiMeasures } from '../kpi-measures.js';

/** What the parser found where it expected something else: a token as written, a quoted text, or the end. */
export interface Found {
  found: string;
  foundKind: 'token' | 'text' | 'eof';
}
/** The block the parser was in, if any: ` in step 'assess'`. */
export interface Where {
  inKeyword?: string;
  inId?: string;
}

const found = (a: Found) => (a.foundKind === 'eof' ? 'the end of the file' : a.foundKind === 'text' ? 'a quoted text' : `'${a.found}'`);
const where = (a: Where) => (a.inKeyword ? ` in ${a.inKeyword}${a.inId ? ` '${a.inId}'` : ''}` : '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const didYouMean = (s?: string) => (s ? ` Did you mean '${s}'?` : '');

/** `17.3 MiB` for big sizes, `2,013 bytes` for small ones (`adjective`: `2,013-byte`, `17 MiB`). */
function size(bytes: number, adjective = false): string {
  const MiB = 1024 * 1024;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(adjective ? 0 : 1)} MiB`;
  return `${bytes.toLocaleString('en-US')}${adjective ? '-byte' : ' bytes'}`;
}

/** What a field expects, for "Field 'x' of step 'y' expects ...". `list` fills the forms that name values. */
export const formsEn = {
  singleWord: () => 'a single word',
  oneOf: (a: { list?: string }) => `one of ${a.list ?? ''}`,
  oneId: () => 'one id',
  ids: () => 'ids separated by commas',
  wholeNumber: () => 'a whole number',
  number: () => 'a number',
  duration: () => 'a duration with a unit (s, m, h, d, w)',
  percentage: () => 'a percentage between 0% and 100%',
  boolean: () => "'true' or 'false'",
  volume: () => 'contacts per day, week or month',
  serviceLevel: () => 'a share of contacts answered within a time',
  sla: () => "'respond' and/or 'resolve' with a duration or business days",
  shareWithin: () => 'a share answered within a time',
  comparison: () => 'a comparison and a value',
  amount: () => 'an amount with an optional currency before or after it',
  intradayProfile: () => 'times with percentages',
  weeklyProfile: () => 'weekdays with percentages',
  monthlyProfile: () => 'months with percentages',
  shiftStarts: () => 'start times (HH:MM) or a window (HH:MM to HH:MM)',
  shiftDays: () => 'weekdays (mo..su) or ranges of them',
  scale: () => 'scores 0 to 5, each with its definition',
  knockout: () => "'musts', 'none' or function ids",
  sourcing: () => "'in_house', 'hybrid' or 'outsourced to \"Vendor\"'",
  shrinkage: () => 'causes with percentages',
  peakFactor: () => 'a factor of at least 1 (or a percentage of at least 100%)',
  access: () => 'an id followed by read and/or write',
  volumeChange: () => 'a channel and a change in percent',
  move: () => 'a share, a channel, -> and another channel',
  ahtChange: () => 'a channel and a duration',
  priorityWeights: () => 'a priority with its share',
  areaWeights: () => 'an area with its share',
  points: () => 'an answer (yes, partial, roadmap, no, n_a) with its points 0-100',
};

export type FormKey = keyof typeof formsEn;
/** What one value should be where a field was given several: "expects a single duration". */
export const singleEn = {
  text: 'text',
  word: 'word',
  id: 'id',
  number: 'number',
  duration: 'duration',
  percentage: 'percentage',
  serviceLevel: 'service level',
  target: 'target',
  amount: 'amount',
};
export type SingleKey = keyof typeof singleEn;

export const diagnosticEn = {
  // CCP1xxx: reading and syntax
  unterminatedComment: () => 'This comment is never closed: add */ to end it.',
  unexpectedCharacter: (a: { text: string }) => `Unexpected character ${JSON.stringify(a.text)}; it is not part of the language.`,
  unterminatedString: (a: { triple: boolean }): string =>
    a.triple ? 'This text is never closed: add """ to end it.' : 'This text is never closed: add " before the end of the line (use """ for text over several lines).',
  importPathMissing: (a: Found) => `Expected the quoted path of the file to import after 'import', e.g. import "roles.ccp", but found ${found(a)}.`,
  unexpectedClose: () => "Unexpected '}': there is no open block here to close.",
  fieldOutsideDeclaration: (a: { field: string }) => `Field '${a.field}' stands outside any declaration; put it inside the braces of a declaration such as process or role.`,
  expectedOpenBrace: (a: { keyword: string; id: string }) => `Expected '{' to open the body of ${a.keyword} '${a.id}'.`,
  expectedDeclaration: (a: Found) => `Expected a declaration such as 'process id "Name" { ... }', but found ${found(a)}.`,
  nestingTooDeep: (a: { max: number }) => `Blocks are nested more than ${a.max} levels deep here; the inner blocks are skipped.`,
  unclosedBlock: (a: Found & { keyword: string; id?: string; line: number }) =>
    `Expected '}' to close ${a.keyword}${a.id ? ` '${a.id}'` : ''} opened at line ${a.line}, but found ${found(a)}.`,
  notABranch: () =>
    `This line of a decide block is not a branch: a branch is '"condition" -> step', 'quantity < value -> step' (e.g. 'amount < 250 GBP -> pay'), optionally with a share of cases before the arrow ('"small" 30% -> pay'), or 'otherwise -> step'.`,
  expectedColon: (a: Where & { name: string }) => `Expected ':' after '${a.name}'${where(a)} (a field is written '${a.name}: value').`,
  unexpectedComma: (a: Where) => `Unexpected ','${where(a)}: a list of values needs a field name before it.`,
  unexpectedInBlock: (a: Where & Found) => `Unexpected ${found(a)}${where(a)}; expected a field such as 'owner: some_role'.`,
  valueAfterComma: (a: Where & Found & { field: string }) => `Expected another value after ',' in field '${a.field}'${where(a)}, but found ${found(a)}.`,
  fieldWithoutValue: (a: Where & { field: string }) => `Field '${a.field}'${where(a)} has no value after ':'.`,
  stepAfterArrow: (a: Where & Found) => `Expected the id of the step to go to after '->'${where(a)}, but found ${found(a)}.`,
  parserStopped: (a: { error: string }) => `The parser stopped unexpectedly (${a.error}); this is a bug in ccp.`,
  unexpectedHere: (a: Found) => `Unexpected ${a.foundKind === 'eof' ? 'end of the file' : `'${a.found}'`} here.`,
  moreSyntaxErrors: (a: { rest: number }) => `${a.rest} more syntax errors in this file are not shown; fix the ones above first.`,
  emptyFile: () => 'This file is empty: it declares nothing.',
  fileTooLarge: (a: { bytes: number; limit: number }) => `This file is ${size(a.bytes)}, over the ${size(a.limit, true)} limit for one file; split it into several files.`,
  notText: () => 'This is not a text file (it contains NUL bytes); .ccp files must be UTF-8 text.',
  notUtf8: () => 'This file is not valid UTF-8 text; save it as UTF-8.',
  // CCP2xxx: declarations and fields
  needsId: (a: { keyword: string }) => `A ${a.keyword} needs an id after '${a.keyword}', e.g. '${a.keyword} my_${a.keyword} "Display name" { ... }'.`,
  duplicateField: (a: { field: string; owner: string }) => `Field '${a.field}' is given twice in ${a.owner}; keep one.`,
  cannotStandInside: (a: { keyword: string; parent: string }) =>
    `A ${a.keyword} cannot stand inside a ${a.parent}${a.keyword === 'step' ? '; steps belong in a process' : ''}.`,
  flagNotAllowed: (a: { flag: string; keyword: string }) => `'${a.flag}' is not allowed in a ${a.keyword}.`,
  branchOutsideDecide: () => "Branches ('... -> step') belong inside a 'decide { }' block of a step.",
  unknownField: (a: { keyword: string; field: string; suggestion?: string }) => `${cap(a.keyword)} has no field '${a.field}'.${didYouMean(a.suggestion)}`,
  mustStandInside: (a: { keyword: string }) => `A ${a.keyword} must stand inside ${a.keyword === 'step' ? 'a process' : 'a step'}.`,
  unknownDeclaration: (a: { keyword: string; suggestion?: string; known: string }) =>
    `Unknown declaration '${a.keyword}'.${a.suggestion ? didYouMean(a.suggestion) : ` Known: ${a.known}.`}`,
  fieldExpects: (a: { field: string; owner: string; form: FormKey; list?: string; example: string }) =>
    `Field '${a.field}' of ${a.owner} expects ${formsEn[a.form]({ ...(a.list ? { list: a.list } : {}) })}, e.g. '${a.field}: ${a.example}'.`,
  fieldExpectsOne: (a: { field: string; owner: string; what: SingleKey; example: string }) =>
    `Field '${a.field}' of ${a.owner} expects a single ${singleEn[a.what]}, e.g. '${a.field}: ${a.example}'.`,
  branchShare: (a: { share: string }) => `The share '${a.share}' of a branch must be a percentage between 0% and 100%.`,
  unreadableBranch: () => `This branch of a decide block cannot be read: ${branchForms}.`,
  decideWithName: () => `A decide block has no id or name: write 'decide { "condition" -> step  otherwise -> step }'.`,
  twoDecides: (a: { step: string }) => `Step '${a.step}' has more than one decide block; merge them into one.`,
  decideOnlyBranches: (a: { field?: string }) => `A decide block holds only branches${a.field ? ` ('${a.field}:' is not one)` : ''}: ${branchForms}.`,
  undeclaredQuantity: (a: { step: string; name: string; process: string; builtIn: string; suggestion?: string }) =>
    `The decision in step '${a.step}' compares '${a.name}', which is not a quantity of process '${a.process}'; declare it with 'quantities: ${a.name}' (built in: ${a.builtIn}).${didYouMean(a.suggestion)}`,
  kpiTargetUnit: (a: { target: string; kpi: string; measure: string; unit: string }) =>
    `The target '${a.target}' of kpi '${a.kpi}' is not in the unit of ${measureEn[a.measure] ?? a.measure} (${a.measure}); give ${unitEn[a.unit] ?? a.unit}.`,
  kpiTargetNotServiceLevel: (a: { target: string; kpi: string; measure: string }) =>
    `The target '${a.target}' of kpi '${a.kpi}' is a service level, but the KPI measures ${measureEn[a.measure] ?? a.measure}; write e.g. 'target: <= 5%'.`,
  kpiTargetDirection: (a: { target: string; kpi: string; measure?: string }) =>
    `The target '${a.target}' of kpi '${a.kpi}' does not say whether lower or higher is better, and ${
      a.measure ? `${measureEn[a.measure] ?? a.measure} has no better direction (too high and too low are both bad)` : "the KPI's measure is not one ccp knows (name it with 'measure:', e.g. 'measure: aht')"
    }; write 'target: <= ${a.target}' or 'target: >= ${a.target}'.`,
  unknownCovers: (a: { owner: string; name: string; known: string }) =>
    `Field 'covers' of ${a.owner} names '${a.name}', which is no built-in non-functional requirement; use one of ${a.known}.`,
  scaleIncomplete: (a: { owner: string }) => `Field 'scale' of ${a.owner} must define each score 0, 1, 2, 3, 4 and 5 once.`,
  tenderBothWeights: (a: { tender: string }) => `Tender '${a.tender}' gives both priority_weights and area_weights; give one of them.`,
  tenderPointsAndScale: (a: { tender: string }) => `Tender '${a.tender}' gives both points and a scale; give one of them.`,
  tenderCostYears: (a: { tender: string }) => `Field 'cost_years' of tender '${a.tender}' must be a whole number of years from 1 to 30.`,
  tenderPriceWeight: (a: { tender: string }) => `Field 'price_weight' of tender '${a.tender}' must be a share from 0% to below 100%.`,
  secondProject: (a: { id: string }) => `Only one project may be declared; '${a.id}' is a second one.`,
  projectHere: (a: { id: string }) => `The project '${a.id}' is declared here.`,
  secondTender: (a: { id: string }) => `Only one tender may be declared; '${a.id}' is a second one.`,
  tenderHere: (a: { id: string }) => `The tender '${a.id}' is declared here.`,
  // CCP2xxx: files and imports
  importOutside: (a: { path: string }) => `Import '${a.path}' points outside the project folder; imports must stay inside it.`,
  importIsFolder: (a: { path: string }) => `Import '${a.path}' is a folder; import a .ccp file.`,
  importNotRegular: (a: { path: string }) => `Import '${a.path}' is not a regular file (a device, FIFO or socket); it is not read.`,
  importMissing: (a: { path: string }) => `Import '${a.path}' names a file that does not exist.`,
  tooManyFiles: (a: { max: number }) => `The project has more than ${a.max} .ccp files; only the first ${a.max} are read.`,
  unreachedFile: (a: { file: string }) =>
    `File '${a.file}' is in the project folder, but no import from the entry file reaches it, so it is not part of the design; import it, or move it out of the project.`,
  symlinkLoop: (a: { folder: string }) => `Folder '${a.folder}' leads back to a folder already read (a symbolic-link loop); it is read once.`,
  linkOutside: (a: { path: string }) => `'${a.path}' is a symbolic link that leads outside the project folder; it is not read.`,
  importCycle: (a: { path: string; cycle: string }) => `Import '${a.path}' closes a cycle: ${a.cycle}. Remove one of these imports.`,
  importTooDeep: (a: { max: number }) => `Imports are nested more than ${a.max} files deep here; the chain stops at this import.`,
  // CCP3xxx: files
  notRegularFile: (a: { file: string; what: string }) => `'${a.file}' is ${a.what}, not a regular file; it is not read.`,
  cannotRead: (a: { file: string }) => `Cannot read '${a.file}'.`,
  // CCP9xxx
  formatterChangedMeaning: () => 'The formatter would change what this file means, so it was left as it is; this is a bug in ccp.',
  // the did-you-mean note and its quick fix (core/suggest.ts, every "not declared" message)
  didYouMean: (a: { suggestion: string }) => `Did you mean '${a.suggestion}'?`,
  changeTo: (a: { suggestion: string }) => `Change to '${a.suggestion}'`,
  // the language server's answers to a rename
  renameInvalidId: (a: { name: string }) => `'${a.name}' is not a valid id: use letters, digits, '_' and '-', starting with a letter or '_'.`,
  renameTaken: (a: { name: string }) => `'${a.name}' is already declared; pick another id.`,
  difference: (a: { kind: 'case' | 'unicode' | 'accents'; here: string; there: string }) => {
    const at = `'${a.here}' here, '${a.there}' in the declaration`;
    if (a.kind === 'case') return `They differ only in letter case (${at}); ids are case-sensitive.`;
    if (a.kind === 'unicode') return `They differ only in Unicode form (${at}): one is a compatibility character such as a ligature or a full-width letter.`;
    return `They differ only in accents (${at}).`;
  },
};

const branchForms =
  "a branch is '\"condition\" -> step', 'quantity < value -> step' (e.g. 'amount < 250 GBP -> pay'), " +
  "either followed by a share of cases before the arrow ('\"small\" 30% -> pay'), or 'otherwise -> step'";

/** KPI measures as the messages name them: their labels (core/kpi-measures.ts), by id. */
const measureEn: Record<string, string> = Object.fromEntries(kpiMeasures.map((m) => [m.id, m.label]));

/** The unit a KPI target should be given in. */
const unitEn: Record<string, string> = { s: 'a time such as 6m', '%': 'a percentage such as 5%' };

export type DiagnosticTexts = typeof diagnosticEn;
export type Forms = typeof formsEn;
