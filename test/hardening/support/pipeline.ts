import type { Diagnostic, Loc, Model } from '@ccp/core';
import type { Analysis } from '@ccp/language';

/**
 * The generator functions of @ccp/generators, imported defensively: an output another engineer has not landed yet
 * is listed in `missing` instead of failing the import, and the suite exercises every one that exists.
 */
export interface Generators {
  /** Cheap, synchronous outputs: run on every case (`focus`: the files that were mutated). */
  cheap: { name: string; run(model: Model, analysis: Analysis, focus: string[]): unknown }[];
  /** Slow outputs (Handlebars, exceljs): run on a sample of cases. */
  heavy: { name: string; run(model: Model, analysis: Analysis): Promise<unknown> }[];
  missing: string[];
}

async function load<T>(specifier: string): Promise<T | undefined> {
  try {
    return (await import(specifier)) as T;
  } catch {
    return undefined;
  }
}

export async function loadGenerators(): Promise<Generators> {
  const out: Generators = { cheap: [], heavy: [], missing: [] };
  const mermaid = await load<typeof import('@ccp/generators/mermaid')>('@ccp/generators/mermaid');
  if (mermaid?.generateDiagrams) {
    out.cheap.push({ name: 'mermaid', run: (m) => mermaid.generateDiagrams(m) });
    out.cheap.push({ name: 'mermaid detail', run: (m) => mermaid.generateDiagrams(m, { detail: true, direction: 'LR' }) });
  } else out.missing.push('mermaid');
  const json = await load<typeof import('@ccp/generators/json')>('@ccp/generators/json');
  if (json?.modelJsonText) out.cheap.push({ name: 'json', run: (m, a) => JSON.parse(json.modelJsonText(m, { texts: a.texts })) });
  else out.missing.push('json');
  const staffing = await load<typeof import('@ccp/generators/staffing')>('@ccp/generators/staffing');
  const engine = await load<typeof import('@ccp/staffing')>('@ccp/staffing');
  if (staffing?.formatStaffingTable && engine?.staffingReport) {
    out.cheap.push({
      name: 'staffing',
      run: (m) => {
        const report = engine.staffingReport(m);
        return [staffing.formatStaffingTable(report), staffing.formatStaffingMarkdown(report), engine.processCosts(m)];
      },
    });
  } else out.missing.push('staffing');
  const diff = await load<typeof import('@ccp/generators/diff')>('@ccp/generators/diff');
  if (diff?.diffModels) out.cheap.push({ name: 'diff', run: (m) => diff.renderDiffMarkdown(diff.diffModels({ ...m, processes: [] }, m)) });
  else out.missing.push('diff');
  const language = await load<typeof import('@ccp/language')>('@ccp/language');
  if (language?.formatText) {
    out.cheap.push({ name: 'fmt', run: (_m, a, focus) => focus.map((f) => language.formatText(a.texts.get(f) ?? '', f)) });
  } else out.missing.push('fmt');
  const xlsx = await load<typeof import('@ccp/generators/xlsx')>('@ccp/generators/xlsx');
  if (xlsx?.writeSpecXlsx) out.heavy.push({ name: 'xlsx', run: (m) => xlsx.writeSpecXlsx(m, { version: 'fuzz', date: '2026-01-01' }) });
  else out.missing.push('xlsx');
  const docs = await load<typeof import('@ccp/generators/docs')>('@ccp/generators/docs');
  if (docs?.generateDocs) {
    const templates = docs.loadTemplates().templates;
    out.heavy.push({ name: 'docs', run: (m) => docs.generateDocs({ model: m, templates }) });
  } else out.missing.push('docs');
  return out;
}

/** Every place a diagnostic points at: its own range, its related ranges and its fixes' edits. */
function locsOf(d: Diagnostic): Loc[] {
  return [d.loc, ...(d.related ?? []).map((r) => r.loc), ...(d.fixes ?? []).flatMap((f) => f.edits.map((e) => e.loc))];
}

/**
 * Problems with the diagnostics of an analysis: a range outside its file's text, a file that was not analysed, a
 * missing code or message. Empty when all is well.
 */
export function rangeProblems(diagnostics: Diagnostic[], analysis: Analysis, files: string[]): string[] {
  const problems: string[] = [];
  const known = new Set(files);
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || d.code === '' || typeof d.message !== 'string' || d.message === '') {
      problems.push(`diagnostic without code or message: ${JSON.stringify(d)}`);
    }
    if (!['error', 'warning', 'info'].includes(d.severity)) problems.push(`bad severity ${d.severity}`);
    for (const loc of locsOf(d)) {
      if (!known.has(loc.file)) {
        problems.push(`${d.code} points at '${loc.file}', not one of the analysed files`);
        continue;
      }
      const length = analysis.texts.get(loc.file)?.length ?? 0;
      const ok = Number.isInteger(loc.start) && Number.isInteger(loc.end) && loc.start >= 0 && loc.start <= loc.end && loc.end <= length;
      if (!ok) problems.push(`${d.code} range ${loc.start}..${loc.end} outside '${loc.file}' (length ${length}): ${d.message}`);
    }
  }
  return problems;
}

/** A JavaScript stack frame in output: what the CLI must never print. */
export const stackTrace = /\n\s+at (?:.+ \()?(?:file:|node:|\/|[A-Za-z]:\\).+:\d+:\d+\)?/;
