import type { CliText } from './cli-en.js';

/**
 * What `ccp vendors score` says about a filled copy of the spec, in English: why a file cannot be read (the file,
 * its zip archive, its ccp metadata), why it cannot be scored against the design (another project, version or
 * scoring rules), the warnings about single rows and cells, and the lines of the ranking table. Spread into cliEn;
 * vendor-files-pl.ts has the same keys. Each text follows the file's name ("vendor.xlsx: it is ...").
 */

const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const mib = (bytes: number) => `${Math.round(bytes / 1048576)} MiB`;
/** `'a', 'b' and 3 more`: at most `shown` ids. */
const listed = (ids: string[], shown: number, quote = true) => {
  const q = ids.slice(0, shown).map((id) => (quote ? `'${id}'` : id)).join(', ');
  return ids.length > shown ? `${q} and ${ids.length - shown} more` : q;
};
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export const vendorFilesEn = {
  vendorFileProblem: (a: { file: string; why: CliText | string }) => `${a.file}: ${String(a.why)}.`,
  // the bytes on disk (read before any spreadsheet library sees them)
  vendorNoSuchFile: () => 'no such file',
  vendorPermissionDenied: () => 'permission denied',
  vendorCannotOpen: (a: { code: string }) => `it cannot be opened (${a.code})`,
  vendorCannotRead: (a: { code: string }) => `it cannot be read (${a.code})`,
  vendorNotRegular: (a: { kind: string }) => `it is ${a.kind}, not a regular file; only regular files are read`,
  vendorTooLarge: (a: { bytes: number; limit: number }) => `it is ${mib(a.bytes)}, more than the ${mib(a.limit)} a filled spec may have`,
  vendorGrewWhileRead: (a: { limit: number }) => `it grew past the ${mib(a.limit)} a filled spec may have while it was read`,
  vendorChangedWhileRead: () => 'it changed while it was read',
  // the zip archive
  zipOldXls: () => 'it is an old binary .xls file or a password-protected workbook; save it as an unprotected .xlsx',
  zipNotZip: () => 'it is not an XLSX file (not a zip archive)',
  zipOpenDocument: () => 'it is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel 2007-365 format) and send that',
  zipNoDirectory: () => 'it is corrupted: the zip archive has no central directory (truncated?)',
  zip64: () => 'it is a ZIP64 archive, far larger than a filled spec',
  zipTooManyEntries: (a: { count: number; limit: number }) => `its archive has ${a.count} entries, more than ${a.limit}`,
  zipDamagedDirectory: () => 'it is corrupted: a zip directory entry is damaged',
  zipEncrypted: (a: { name: string }) => `it is encrypted (entry '${a.name}')`,
  zipEntryTooLarge: (a: { name: string; bytes: number; limit: number }) => `entry '${a.name}' unpacks to ${mib(a.bytes)}, more than ${mib(a.limit)} (a zip bomb?)`,
  zipTotalTooLarge: (a: { limit: number }) => `it unpacks to more than ${mib(a.limit)} (a zip bomb?)`,
  zipEntryMissing: (a: { name: string }) => `it is corrupted: entry '${a.name}' is missing`,
  zipEntryTruncated: (a: { name: string }) => `it is corrupted: entry '${a.name}' is truncated`,
  zipInconsistentSizes: (a: { name: string }) => `it is corrupted: entry '${a.name}' has inconsistent sizes`,
  zipSheetRows: (a: { name: string; rows: number; limit: number }) => `a sheet (${a.name}) has ${a.rows} rows, more than ${a.limit}`,
  zipEntryBomb: (a: { name: string; size: number }) => `it is corrupted or a zip bomb: entry '${a.name}' does not unpack to its declared ${a.size} bytes`,
  zipEntryWrongSize: (a: { name: string; got: number; size: number }) => `it is corrupted: entry '${a.name}' unpacks to ${a.got} bytes, not the declared ${a.size}`,
  zipMethod: (a: { name: string; method: number }) => `entry '${a.name}' uses zip compression method ${a.method}, which XLSX files do not use`,
  // the workbook and its ccp metadata
  workbookUnreadable: (a: { reason: CliText | string }) => `it is not a readable XLSX workbook (${String(a.reason)})`,
  workbookDamaged: (a: { reason: CliText | string }) => `it is a damaged workbook that cannot be read (${String(a.reason)})`,
  workbookPartMalformed: () => 'a part of it is missing or malformed',
  notCcpSpec: () => 'it is not a ccp vendor specification (no ccp metadata sheet); send vendors the file made by `ccp spec`',
  metadataOtherFormat: (a: { format: string; expected: number }) => `it was made by another version of ccp (metadata format ${a.format}, expected ${a.expected})`,
  metadataNoTable: () => 'its metadata sheet is damaged (no requirement table)',
  metadataDamagedRow: (a: { row: number }) => `its metadata sheet is damaged (row ${a.row})`,
  answerSheetMissing: (a: { sheet: string }) => `its sheet '${a.sheet}' is missing (was it renamed or deleted?)`,
  answerSheetRows: (a: { sheet: string; rows: number; limit: number }) => `its sheet '${a.sheet}' has ${a.rows} rows, more than ${a.limit}`,
  answerSheetNoHeader: (a: { sheet: string; id: string; supported: string }) => `its sheet '${a.sheet}' has no '${a.id}' and '${a.supported}' header row`,
  // warnings about rows and cells (scoring goes on)
  answerNotRequirement: (a: { sheet: string; row: number; id: string }) => `${a.sheet}, row ${a.row}: '${a.id}' is not a requirement of the specification; ignored.`,
  answerNotChoice: (a: { sheet: string; row: number; value: string; choices: string; id: string }) =>
    `${a.sheet}, row ${a.row}: '${a.value}' is not one of ${a.choices}; '${a.id}' counts as unanswered.`,
  answerCostNotNumber: (a: { sheet: string; row: number; value: string }) => `${a.sheet}, row ${a.row}: the cost '${a.value}' is not a number; not counted.`,
  answerYearlyNotNumber: (a: { sheet: string; row: number; value: string }) => `${a.sheet}, row ${a.row}: the yearly cost '${a.value}' is not a number; not counted.`,
  answerFormula: (a: { sheet: string; cell: string }) => `${a.sheet}, cell ${a.cell}: a formula; its last computed value is used. Ask the vendor for a plain value.`,
  answerRepeated: (a: { sheet: string; row: number; id: string; first: number }) => `${a.sheet}, row ${a.row}: '${a.id}' appears again (first on row ${a.first}); the first row counts.`,
  answerRowMissing: (a: { sheet: string; id: string }) => `${a.sheet}: the row for '${a.id}' is missing; it counts as unanswered.`,
  // against the design (the lock recorded in the file)
  specOtherProject: (a: { project: string; projectName: string; current: string }) =>
    `it is the specification of project '${a.project || '(none)'}'${a.projectName && a.projectName !== a.project ? ` (${a.projectName})` : ''}, not of '${a.current || '(none)'}'`,
  specOtherVersion: (a: { version: string; date: string; parts: (CliText | string)[] }) =>
    `it was made from another version of the design (version ${a.version || '?'} of ${a.date || '?'}); ${a.parts.map(String).join('; ')}. Score it against that version, or send the vendor the current spec`,
  lockAdded: (a: { ids: string[] }) => `added since: ${listed(a.ids, 15)}`,
  lockRemoved: (a: { ids: string[] }) => `removed since: ${listed(a.ids, 15)}`,
  lockChanged: (a: { ids: string[] }) => `changed since (text, priority, weight, area, category, roles or data): ${listed(a.ids, 15)}`,
  specOtherRules: (a: { version: string; date: string; what: CliText | string }) =>
    `it was sent with other scoring rules (version ${a.version || '?'} of ${a.date || '?'}): ${String(a.what)}. Score it against that version, or send the vendors a new spec`,
  rulesNowTender: () => 'the design now declares a tender with its own scoring rules',
  rulesNoTender: () => 'the design no longer declares the tender whose rules it states',
  rulesChanged: () => "the tender's scoring rules (weights, points, knock-outs or costs) changed since",
  // the ranking as text (ccp vendors score without --format, and the rules line of the score workbook)
  scoreQualified: () => 'qualified',
  scoreIncomplete: (a: { ids: string[] }) => `incomplete (Must blank, unreadable or on the roadmap: ${listed(a.ids, 10, false)})`,
  scoreDisqualified: (a: { ids: string[] }) => `disqualified (No on knock-out: ${listed(a.ids, 10, false)})`,
  scoreRules: (a: { weights: CliText | string; answers: CliText | string; price?: number }) =>
    `Score: ${String(a.weights)}, points per answer: ${String(a.answers)}; unanswered 0; in % of the maximum${a.price ? `; price ${pct(a.price)} of the final score` : ''}.`,
  scoreByRequirement: () => 'weighted by requirement',
  scoreByGroup: (a: { by: 'priority' | 'area'; shares: string }) => `weighted by ${a.by} (${a.shares})`,
  scoreScale: () => 'answers on the 0-5 scale (points = score x 20)',
  scoreNotScored: (a: { failed: number; total: number }) => `Not scored (${a.failed} of ${s(a.total, 'file', 'files')}):`,
  scoreUnanswered: (a: { vendor: string; ids: string[] }) => `${a.vendor}: unanswered: ${listed(a.ids, 20, false)}`,
};
