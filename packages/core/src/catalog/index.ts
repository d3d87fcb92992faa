import type { Diagnostic, DiagnosticText } from '../diagnostic.js';
import type { OutputLanguage } from '../model.js';
import { diagnosticEn, formsEn, type DiagnosticTexts } from './en.js';
import { diagnosticPl, formsPl } from './pl.js';

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
