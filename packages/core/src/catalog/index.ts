import type { Diagnostic, DiagnosticText } from '../diagnostic.js';
import type { OutputLanguage } from '../model.js';
import { diagnosticEn, formsEn, type DiagnosticTexts } from './en.js';
import { diagnosticPl, formsPl } from './pl.js';
import { cliEn, type CliKey, type CliText, type CliTexts } from './cli-en.js';
import { cliPl } from './cli-pl.js';

export { diagnosticEn, formsEn, type DiagnosticTexts, type Forms, type FormKey, type SingleKey, type Found, type Where } from './en.js';
export { codeDescriptionsPl, diagnosticPl, formsPl, kindsPl, ownerPl, pluralPl, measurePl } from './pl.js';

const byLanguage: Record<OutputLanguage, DiagnosticTexts> = { en: diagnosticEn, pl: diagnosticPl };

/** The texts of the diagnostics that are not rule findings in a language (English when none is given). */
export function diagnosticTexts(language: OutputLanguage | undefined): DiagnosticTexts {
  return byLanguage[language ?? 'en'] ?? diagnosticEn;
}

/** The forms a field value may take, per language (for the completeness test; messages use them through fieldExpects). */
export const formsByLanguage = { en: formsEn, pl: formsPl } as const;

export type TextKey = keyof DiagnosticTexts;
export type TextArgs<K extends TextKey> = Parameters<DiagnosticTexts[K]>[0];

/** A message from the catalog with its key: what `say` returns and what the stages' error functions take. */
export interface Said {
  message: string;
  text: DiagnosticText;
}

/**
 * A message from the catalog: its English text (what `message` holds until the language is known) and its key
 * and arguments, so that localizeDiagnostics can write it again in the project's language.
 */
export function say<K extends TextKey>(key: K, ...args: TextArgs<K> extends undefined ? [] : [TextArgs<K>]): Said {
  const a = (args[0] ?? {}) as Record<string, unknown>;
  return { message: (diagnosticEn[key] as (x: unknown) => string)(a), text: { key, args: a } };
}

/** The message with the id of its did-you-mean suggestion, whose note and quick fix then follow the language too. */
export function suggesting<T extends { text: DiagnosticText }>(said: T, id: string | undefined): T {
  return id === undefined ? said : { ...said, text: { ...said.text, suggested: id } };
}

function render(text: DiagnosticText, t: DiagnosticTexts): string | undefined {
  const f = (t as Record<string, (a: unknown) => string>)[text.key];
  return f ? f(text.args) : undefined;
}

/**
 * The diagnostics in `language`: each one that carries its catalog key (`text`) is written again from the catalog
 * of that language, with its related notes, did-you-mean suggestion and quick-fix titles. English returns the list
 * itself (the messages were written in English). Otherwise a new list, with new objects for the diagnostics it changes.
 */
export function localizeDiagnostics(list: Diagnostic[], language: OutputLanguage | undefined): Diagnostic[] {
  if (!language || language === 'en') return list;
  const t = diagnosticTexts(language);
  return list.map((d) => {
    if (!d.text && !d.related?.some((r) => r.text)) return d;
    const out: Diagnostic = { ...d };
    if (d.text) {
      out.message = render(d.text, t) ?? d.message;
      const suggested = d.text.suggested;
      if (suggested !== undefined) {
        if (d.suggestion !== undefined) out.suggestion = t.didYouMean({ suggestion: suggested });
        if (d.fixes) out.fixes = d.fixes.map((f) => ({ ...f, title: t.changeTo({ suggestion: suggested }) }));
      }
    }
    if (d.related) out.related = d.related.map((r) => (r.text ? { ...r, message: render(r.text, t) ?? r.message } : r));
    return out;
  });
}

// --- what the command line says (usage errors, commander's errors, summaries): cli-en.ts and cli-pl.ts ---
export { cliEn, pathKindsEn, type CliText, type CliTexts, type CliKey, type SchemaProblem } from './cli-en.js';
export { cliPl } from './cli-pl.js';
export { pathKindsPl } from './pl.js';

const cliByLanguage: Record<OutputLanguage, CliTexts> = { en: cliEn, pl: cliPl };
type CliArgs<K extends CliKey> = Parameters<CliTexts[K]>[0];

/** A CLI message by key and arguments (an argument may be another `CliText`), written only when it is printed. */
export function cliText<K extends CliKey>(key: K, ...args: CliArgs<K> extends undefined ? [] : [CliArgs<K>]): CliText {
  return { key, args: (args[0] ?? {}) as Record<string, unknown> };
}

const isCliText = (v: unknown): v is CliText => typeof v === 'object' && v !== null && typeof (v as CliText).key === 'string' && typeof (v as CliText).args === 'object';

/** A CLI message in `language` (English when none is given); nested messages are written in the same language. */
export function cliMessage(text: CliText, language?: OutputLanguage): string {
  const t = cliByLanguage[language ?? 'en'] ?? cliEn;
  const f = (t as Record<string, (a: unknown) => string>)[text.key] ?? (cliEn as Record<string, (a: unknown) => string>)[text.key];
  const args: Record<string, unknown> = {};
  const write = (v: unknown): unknown => (isCliText(v) ? cliMessage(v, language) : Array.isArray(v) ? v.map(write) : v);
  for (const [k, v] of Object.entries(text.args)) args[k] = write(v);
  return f ? f(args) : text.key;
}

/** `cliMessage(cliText(key, args), language)` in one call, for lines printed at once. */
export function sayIn<K extends CliKey>(language: OutputLanguage | undefined, key: K, ...args: CliArgs<K> extends undefined ? [] : [CliArgs<K>]): string {
  return cliMessage({ key, args: (args[0] ?? {}) as Record<string, unknown> }, language);
}

// --- what the language server says itself (hovers, completion details, its quick fixes): lsp-en.ts and lsp-pl.ts,
// and the language reference (what each keyword and field means) in Polish: reference-pl.ts ---
export { lspEn, type LspTexts, type LspKey } from './lsp-en.js';
export { lspPl } from './lsp-pl.js';
export { referencePl } from './reference-pl.js';
import { lspEn as lspEnTexts, type LspTexts as LspTextsOf } from './lsp-en.js';
import { lspPl as lspPlTexts } from './lsp-pl.js';
import { referencePl as referencePlTexts } from './reference-pl.js';

/** The language server's own texts in a language (English when none is given). */
export function lspTexts(language: OutputLanguage | undefined): LspTextsOf {
  return language === 'pl' ? lspPlTexts : lspEnTexts;
}

/**
 * What a keyword (`key` = `keyword`) or a field (`keyword.field`) means, in a language: the Polish reference text,
 * or `english` (the KindSpec's doc) for English or a text not translated yet.
 */
export function referenceText(key: string, english: string, language: OutputLanguage | undefined): string {
  return (language === 'pl' ? referencePlTexts[key] : undefined) ?? english;
}

// --- the command line's help (ccp --help, ccp <command> --help): help-en.ts and help-pl.ts ---
export { helpEn, type HelpTexts, type HelpKey } from './help-en.js';
export { helpPl } from './help-pl.js';
import { helpEn, type HelpTexts } from './help-en.js';
import { helpPl } from './help-pl.js';

/** The help texts in `language` (English when none is given). */
export function helpTexts(language: OutputLanguage | undefined): HelpTexts {
  return language === 'pl' ? helpPl : helpEn;
}
