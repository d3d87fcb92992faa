import { label, type Model, type OutputLanguage, type Priority } from '@ccp/core';
import { labelsFor, type Answer, type Labels } from './labels.js';
import type { ScoringRules } from './scoring-rules.js';
import { lockedRequirements } from './requirement-lock.js';
import { applyTenderColumns, scoringCover } from './tender-spec.js';
import type { Requirement, RequirementSheet } from './requirements.js';
import type { ExtraSheet, SheetTable } from './sheet-table.js';
import { specTables } from './spec-tables.js';

/** What the caller decides: nothing in a generator reads the clock or the repository. */
export interface SpecOptions {
  /** Version shown on the cover and recorded in the metadata, e.g. `v1.2-3-gabc123`. */
  version: string;
  /** Date of the spec, `YYYY-MM-DD`; also the workbook's created/modified time and the zip entries' time. */
  date: string;
  /** Overrides the project's `output_language`. */
  language?: OutputLanguage;
  /** Sheets other generators add (e.g. staffing); each goes after the sheet named by `after`. */
  extraSheets?: ExtraSheet[];
  /** Errors in the design when it was written anyway (`--force`): the cover says so. */
  designErrors?: number;
}

/** Marker in the first cell of the metadata sheet; a workbook without it is not a ccp spec. */
export const metadataMarker = 'ccp-vendor-spec';
/** Bumped when the metadata layout changes incompatibly. */
export const metadataFormat = 1;

export interface MetadataRow {
  sheet: RequirementSheet;
  /** 1-based row on its sheet when generated. */
  row: number;
  id: string;
  hash: string;
  priority: Priority | '';
  weight: number;
}

/** What the hidden metadata sheet records, so a filled copy can be matched to the model it was made from. */
export interface SpecMetadata {
  format: number;
  project: string;
  projectName: string;
  version: string;
  date: string;
  language: OutputLanguage;
  vendorNameCell: string;
  /** The fingerprint of the tender's scoring rules ('' without a tender, and in files made before tenders). */
  scoringHash: string;
  /** Answers vendors may give (Yes, Partial, No, Roadmap by default; N/A when the tender gives it points). */
  answers: Answer[];
  /** Answers are scores on the tender's 0-5 scale. */
  scale: boolean;
  requirements: MetadataRow[];
}

export interface CoverLine {
  label?: string;
  value?: string;
  style: 'title' | 'field' | 'heading' | 'text' | 'input' | 'hint' | 'blank';
}

/** The whole workbook as plain data, before any spreadsheet library is involved. */
export interface SpecContent {
  language: OutputLanguage;
  labels: Labels;
  cover: CoverLine[];
  /** Tables in workbook order, extra sheets included. */
  tables: SheetTable[];
  requirements: Requirement[];
  /** The scoring rules stated on the cover and locked in the metadata. */
  rules: ScoringRules;
  metadata: SpecMetadata;
}

function coverLines(model: Model, l: Labels, options: SpecOptions, reqs: Requirement[], rules: ScoringRules): CoverLine[] {
  const p = model.project;
  const c = l.cover;
  const sponsor = p?.sponsor ? label(model.roles.find((r) => r.id === p.sponsor!.id) ?? p.sponsor) : '';
  const must = reqs.filter((r) => r.priority === 'must').length;
  const lines: CoverLine[] = [
    { style: 'title', value: c.title },
    { style: 'blank' },
    { style: 'field', label: c.project, value: p ? label(p) : '' },
    { style: 'field', label: c.vision, value: p?.vision ?? '' },
    { style: 'field', label: c.sponsor, value: sponsor },
    { style: 'field', label: c.version, value: options.version },
    { style: 'field', label: c.date, value: options.date },
    { style: 'field', label: c.constraints, value: (p?.constraints ?? []).join('\n') },
    ...(options.designErrors ? [{ style: 'field', label: c.designErrors, value: `${options.designErrors}: ${c.designErrorsNote}` } satisfies CoverLine] : []),
    { style: 'blank' },
    { style: 'hint', value: c.vendorHint },
    { style: 'input', label: c.vendorName, value: '' },
    { style: 'blank' },
    { style: 'heading', value: c.summary },
    { style: 'field', label: c.mustCount, value: String(must) },
    { style: 'field', label: c.niceCount, value: String(reqs.length - must) },
    ...scoringCover(rules, l, reqs),
    { style: 'blank' },
    { style: 'heading', value: c.instructionsTitle },
    ...c.instructions.map((text, i): CoverLine => ({ style: 'text', label: `${i + 1}.`, value: text })),
  ];
  return lines;
}

function insertExtras(tables: SheetTable[], extras: ExtraSheet[]): SheetTable[] {
  const out = [...tables];
  for (const extra of extras) {
    const { after, ...table } = extra;
    const at = after === undefined ? -1 : out.findIndex((t) => t.key === after);
    if (at < 0) out.push(table);
    else out.splice(at + 1, 0, table);
  }
  return out;
}

/** Builds the workbook's content from the model: pure and deterministic. */
export function buildSpecContent(model: Model, options: SpecOptions): SpecContent {
  const language = options.language ?? model.project?.outputLanguage ?? 'en';
  const labels = labelsFor(language);
  // the same definition the scorer and `ccp diff` compare against (requirement-lock.ts)
  const { requirements, rules } = lockedRequirements(model, language);
  const tables = insertExtras(applyTenderColumns(specTables(model, labels, requirements, language), rules, labels), options.extraSheets ?? []);
  const cover = coverLines(model, labels, options, requirements, rules);
  const rowOf = new Map<string, number>();
  for (const t of tables)
    if (t.key === 'functions' || t.key === 'nfr')
      t.rows.forEach((r, i) => r.answerable && rowOf.set(`${t.key}:${r.cells[0]}`, i + 2));
  const metadata: SpecMetadata = {
    format: metadataFormat,
    project: model.project?.id ?? '',
    projectName: model.project ? label(model.project) : '',
    version: options.version,
    date: options.date,
    language,
    vendorNameCell: `B${cover.findIndex((c) => c.style === 'input') + 1}`,
    scoringHash: rules.hash,
    answers: rules.scale ? [] : rules.answers,
    scale: rules.scale !== undefined,
    requirements: requirements.map((r) => ({
      sheet: r.sheet,
      row: rowOf.get(`${r.sheet}:${r.id}`) ?? 0,
      id: r.id,
      hash: r.hash,
      priority: r.priority ?? '',
      weight: r.weight,
    })),
  };
  return { language, labels, cover, tables, requirements, rules, metadata };
}
