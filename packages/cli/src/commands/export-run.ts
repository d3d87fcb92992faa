import { UsageError, type CliContext } from '../context.js';
import { writeOutputFile } from '../io/write-output.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { ExportOptions } from './export.js';

const FORMATS = ['json'];

export async function runExport(ctx: CliContext, format: string, paths: string[], opts: ExportOptions): Promise<number> {
  if (!FORMATS.includes(format)) throw new UsageError(`export ${format}: unknown format; use one of ${FORMATS.join(', ')}.`);
  const project = await loadCliProject(ctx, paths, { skipRules: true });
  const { modelJsonText } = await import('@ccp/generators/json');
  const text = modelJsonText(project.analysis.model, opts.locations === false ? {} : { texts: project.analysis.texts });
  if (opts.out !== undefined) writeOutputFile(ctx, opts.out, text);
  else ctx.stdout.write(text);
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return 0;
  for (const d of errors) {
    const at = project.analysis.texts.locate(d);
    ctx.stderr.write(`${project.display(d.loc.file)}:${at.line}:${at.column}: error ${d.code}: ${d.message}\n`);
  }
  ctx.stderr.write(`ccp: the model has ${errors.length} error${errors.length === 1 ? '' : 's'}; the export shows what could be read.\n`);
  return 1;
}
