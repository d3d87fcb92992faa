import { cliText, type CliText } from '@ccp/core';
import { join } from 'node:path';
import type { Diagram } from '@ccp/generators/mermaid';
import type { StaffingReport } from '@ccp/staffing';
import type { CliProject } from '../project/load-cli-project.js';
import { UsageError } from '../context.js';
import type { OutputFolder } from '../io/output-folder.js';
import { docFindings } from './doc-findings.js';

export interface WriteDocsOptions {
  html: boolean;
  markdown: boolean;
  /** SVG markup by diagram name, inlined into the HTML. */
  svgs: Map<string, string>;
  /** The staffing report, shown as a section of both documents (the caller makes it when a channel has a volume). */
  staffing?: StaffingReport;
  /** Errors of a design documented anyway (`--force`): the documents open with a banner. */
  designErrors?: number;
}

/**
 * Generates the Markdown and HTML docs with the project's templates (a `templates/` folder beside
 * ccp.config.json overrides the defaults) and writes them atomically into `dir`, a folder inside `folder`. Returns the written paths and
 * warnings about the templates. A broken template is a usage error naming the template.
 */
export async function writeDocs(
  project: CliProject,
  folder: OutputFolder,
  dir: string,
  diagrams: Diagram[],
  options: WriteDocsOptions,
): Promise<{ written: string[]; warnings: CliText[] }> {
  const { generateDocs, loadTemplates, TemplateError } = await import('@ccp/generators/docs');
  const loaded = loadTemplates(join(project.root, 'templates'));
  const warnings: CliText[] = [
    ...loaded.unknown.map((name) => cliText('notATemplate', { name })),
    // links, devices, FIFOs, sockets and oversized files are not read: each is named, so a missing override is explained
    ...loaded.skipped,
  ];
  let files;
  try {
    files = await generateDocs({
      model: project.analysis.model,
      templates: loaded.templates,
      findings: docFindings(project),
      diagrams: diagrams.map((d) => {
        const svg = options.svgs.get(d.name);
        return svg === undefined ? d : { ...d, svg };
      }),
      html: options.html,
      markdown: options.markdown,
      ...(options.staffing ? { staffing: options.staffing } : {}),
      ...(options.designErrors ? { designErrors: options.designErrors } : {}),
    });
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(cliText('templateError', { template: error.template, ...(error.detail !== undefined ? { detail: error.detail } : {}), dir: join(project.root, 'templates') }));
    throw error;
  }
  const written: string[] = [];
  for (const file of files) {
    const path = join(dir, file.path);
    folder.write(path, file.content);
    written.push(path);
  }
  return { written, warnings };
}
