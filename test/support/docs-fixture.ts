import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSources } from '@ccp/language';
import { runRules } from '@ccp/checker';
import { generateDocs, loadTemplates, type DocFile, type DocFinding } from '@ccp/generators/docs';

/** The docs of in-memory sources with the default templates and the findings of every rule (no SVGs). */
export async function docsOf(sources: Record<string, string>, options: { html?: boolean; markdown?: boolean } = {}): Promise<DocFile[]> {
  const analysis = analyzeSources(sources);
  const findings: DocFinding[] = [...analysis.diagnostics, ...runRules(analysis, {})].map((d) => {
    const at = analysis.texts.locate(d);
    return { severity: d.severity, code: d.code, message: d.message, file: d.loc.file, line: at.line, column: at.column, offset: d.loc.start };
  });
  findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return generateDocs({ model: analysis.model, templates: loadTemplates().templates, findings, ...options });
}

export function fixtureSources(dir: string): Record<string, string> {
  return { 'input.ccp': readFileSync(join(dir, 'input.ccp'), 'utf8') };
}

/** All Markdown files as one text, each under a `<!-- file: name -->` line, for one golden file. */
export function joinMarkdown(files: DocFile[]): string {
  return files
    .filter((f) => f.path.endsWith('.md'))
    .map((f) => `<!-- file: ${f.path} -->\n${f.content}`)
    .join('\n');
}
