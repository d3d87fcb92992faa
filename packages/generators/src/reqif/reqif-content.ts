import { indexModel, label, type Model, type OutputLanguage, type Priority } from '@ccp/core';
import { labelsFor, type Labels } from '../xlsx/labels.js';
import { specRequirements, type Requirement } from '../xlsx/requirements.js';
import { scoringRules } from '../xlsx/scoring-rules.js';
import { functionArea } from '../xlsx/spec-tables.js';

/** What the caller decides; as for the workbook, nothing here reads the clock or the repository. */
export interface ReqifOptions {
  /** Version of the design, recorded in the header's comment. */
  version: string;
  /** `YYYY-MM-DD`: the creation time and every LAST-CHANGE (so the same design gives the same bytes). */
  date: string;
  /** Overrides the project's `output_language`. */
  language?: OutputLanguage;
  /** Errors of a design written anyway (`--force`): the header's comment says so. */
  designErrors?: number;
}

/** One value of the supplier-status enumeration: an answer of the workbook, or a score of the tender's scale. */
export interface StatusValue {
  key: string;
  name: string;
  /** What the score means (tender scale only). */
  definition?: string;
}

/** One requirement as a SPEC-OBJECT: the same rows, ids and texts as the workbook's answerable rows. */
export interface ReqifRequirement {
  id: string;
  name: string;
  /** Paragraphs of the description (split at blank lines; single line breaks kept inside a paragraph). */
  paragraphs: string[];
  /** Acceptance criteria (functions), shown as a list after the description. */
  acceptance: string[];
  /** Where a derived requirement comes from, in words (non-functional rows). */
  source?: string;
  priority?: Priority;
  area: string;
  category: string;
}

/** A heading of the specification and the requirements under it, in the workbook's order. */
export interface ReqifArea {
  name: string;
  requirements: ReqifRequirement[];
}

/** The whole exchange file as plain data, before any XML is written. */
export interface ReqifContent {
  language: OutputLanguage;
  labels: Labels;
  title: string;
  comment: string;
  /** `YYYY-MM-DDT00:00:00Z`. */
  time: string;
  /** The project id (or `ccp`): part of the specification's identifier. */
  project: string;
  statuses: StatusValue[];
  areas: ReqifArea[];
  words: ReqifWords;
}

export interface ReqifWords {
  /** The heading of functions without an area. */
  general: string;
  source: string;
  specification: string;
  requirement: string;
  heading: string;
  designErrors: string;
  /** Function categories the workbook's non-functional sheet does not name. */
  categories: Record<string, string>;
  names: { id: string; name: string; text: string; priority: string; area: string; category: string; status: string; comment: string; chapter: string };
}

const words: Record<OutputLanguage, ReqifWords> = {
  en: {
    general: 'General',
    source: 'Source',
    specification: 'Requirements for vendors',
    requirement: 'Requirement',
    heading: 'Heading',
    designErrors: 'Made from a design with {n} error(s) (--force); not for sending to vendors.',
    categories: { functional: 'functional', integration: 'integration' },
    names: {
      id: 'ReqIF.ForeignID',
      name: 'ReqIF.Name',
      text: 'ReqIF.Text',
      priority: 'Priority',
      area: 'Area',
      category: 'ReqIF.Category',
      status: 'Supplier status',
      comment: 'Supplier comment',
      chapter: 'ReqIF.ChapterName',
    },
  },
  pl: {
    general: 'Ogólne',
    source: 'Źródło',
    specification: 'Wymagania dla dostawców',
    requirement: 'Wymaganie',
    heading: 'Nagłówek',
    designErrors: 'Wygenerowano z projektu z błędami ({n}) (--force); nie wysyłać dostawcom.',
    categories: { functional: 'funkcjonalne', integration: 'integracja' },
    names: {
      id: 'ReqIF.ForeignID',
      name: 'ReqIF.Name',
      text: 'ReqIF.Text',
      priority: 'Priorytet',
      area: 'Obszar',
      category: 'ReqIF.Category',
      status: 'Status dostawcy',
      comment: 'Komentarz dostawcy',
      chapter: 'ReqIF.ChapterName',
    },
  },
};

function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Builds the ReqIF content from the model: the workbook's answerable requirements (functions, then the derived
 * non-functional ones, the same ids and texts), grouped under one heading per area in order of first appearance.
 * Pure and deterministic.
 */
export function buildReqifContent(model: Model, options: ReqifOptions): ReqifContent {
  const language = options.language ?? model.project?.outputLanguage ?? 'en';
  const l = labelsFor(language);
  const w = words[language];
  const ix = indexModel(model);
  const reqs = specRequirements(model, language);
  const rules = scoringRules(model.tender, reqs);
  const category = (k: string) => (Object.hasOwn(l.nfr.categories, k) ? l.nfr.categories[k]! : Object.hasOwn(w.categories, k) ? w.categories[k]! : k);
  const areaOf = (r: Requirement) => (r.sheet === 'nfr' ? l.sheets.nfr : (r.fn ? functionArea(r.fn, ix) : r.area ?? '') || w.general);
  const areas = new Map<string, ReqifArea>();
  for (const r of reqs) {
    const area = areaOf(r);
    let a = areas.get(area);
    if (!a) areas.set(area, (a = { name: area, requirements: [] }));
    a.requirements.push({
      id: r.id,
      name: r.name,
      paragraphs: paragraphs(r.description),
      acceptance: r.fn?.acceptance ?? [],
      ...(r.sheet === 'nfr' && r.source ? { source: `${l.nfr.derived}. ${r.source}` } : {}),
      ...(r.priority ? { priority: r.priority } : {}),
      area,
      category: category(r.category),
    });
  }
  const statuses: StatusValue[] = rules.scale
    ? rules.scale.map((s) => ({ key: String(s.score), name: String(s.score), definition: s.definition }))
    : rules.answers.map((a) => ({ key: a, name: l.answers[a] }));
  const project = model.project;
  const errors = options.designErrors ? ` ${w.designErrors.replace('{n}', String(options.designErrors))}` : '';
  return {
    language,
    labels: l,
    title: project ? `${label(project)}: ${w.specification}` : w.specification,
    comment: `${project ? label(project) : 'ccp'} ${options.version} (${options.date}).${errors}`,
    time: `${options.date}T00:00:00Z`,
    project: project?.id ?? 'ccp',
    statuses,
    areas: [...areas.values()],
    words: w,
  };
}
