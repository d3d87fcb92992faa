import type { DocFinding } from '@ccp/generators/docs';
import type { CliProject } from '../project/load-cli-project.js';

/** The project's diagnostics as the docs show them: project-relative file, 1-based line and column. */
export function docFindings(project: CliProject): DocFinding[] {
  return project.diagnostics.map((d) => {
    const at = project.analysis.texts.locate(d);
    return {
      severity: d.severity,
      code: d.code,
      message: d.message,
      file: d.loc.file,
      line: at.line,
      column: at.column,
      offset: d.loc.start,
      ...(d.suggestion ? { suggestion: d.suggestion } : {}),
    };
  });
}
