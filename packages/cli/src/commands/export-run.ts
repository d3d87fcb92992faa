import { cliText } from '@ccp/core';
import { UsageError, type CliContext } from '../context.js';
import { writeOutputFile } from '../io/write-output.js';
import { gateDesignErrors } from '../project/design-errors.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { ExportOptions } from './export.js';

const FORMATS = ['json'];

export async function runExport(ctx: CliContext, format: string, paths: string[], opts: ExportOptions): Promise<number> {
  if (!FORMATS.includes(format)) throw new UsageError(cliText('unknownFormat', { option: 'export', format, list: FORMATS.join(', ') }));
  const project = await loadCliProject(ctx, paths);
  const gate = gateDesignErrors(ctx, project, 'export', opts.force);
  if (gate.refuse) return 1;
  const { modelJsonText } = await import('@ccp/generators/json');
  const text = modelJsonText(project.analysis.model, {
    ...(opts.locations === false ? {} : { texts: project.analysis.texts }),
    ...(gate.errors ? { designErrors: gate.errors } : {}),
  });
  if (opts.out !== undefined) writeOutputFile(ctx, opts.out, text);
  else ctx.stdout.write(text);
  return gate.errors ? 1 : 0;
}
