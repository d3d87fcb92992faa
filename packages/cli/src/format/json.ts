import type { Formatter } from './report.js';

/**
 * `{ findings: [{ ruleId, severity, message, file, line, column, endLine, endColumn }], summary: { errors, warnings } }`
 * with 1-based lines and columns; syntax and resolution errors carry their CCP code as ruleId.
 */
export const json: Formatter = (report) =>
  JSON.stringify(
    {
      findings: report.diagnostics.map((d) => ({
        ruleId: d.code,
        severity: d.severity,
        message: d.message,
        file: d.displayFile,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        ...(d.suggestion ? { suggestion: d.suggestion } : {}),
      })),
      summary: report.summary,
    },
    null,
    2,
  ) + '\n';
