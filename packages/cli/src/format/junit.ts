import { ciPath } from './ci-paths.js';
import type { CheckReport, Formatter } from './report.js';

/**
 * Escapes text for XML content and attribute values, and drops what XML 1.0 cannot hold at all (control
 * characters other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF). CR, LF and tab are written as
 * character references so attribute values keep them.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

type Finding = CheckReport['diagnostics'][number];

const severityWord = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure): one `<testsuite>` per file
 * (sorted), one failing `<testcase>` per finding (errors and warnings alike, as ESLint does; the severity is the
 * failure's `type`), and one passing testcase for a file without findings.
 */
export const junit: Formatter = (report) => {
  const byFile = new Map<string, Finding[]>();
  for (const file of report.texts.files()) byFile.set(ciPath(report, file), []);
  for (const d of report.diagnostics) {
    const file = ciPath(report, d.loc.file);
    const list = byFile.get(file) ?? [];
    list.push(d);
    byFile.set(file, list);
  }
  const files = [...byFile.keys()].sort();
  const total = files.reduce((n, f) => n + Math.max(1, byFile.get(f)!.length), 0);
  const failures = report.diagnostics.length;
  const x = escapeXml;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ccp check" tests="${total}" failures="${failures}" errors="0">`,
  ];
  for (const file of files) {
    const list = byFile.get(file)!;
    out.push(`  <testsuite name="${x(file)}" tests="${Math.max(1, list.length)}" failures="${list.length}" errors="0" skipped="0">`);
    if (list.length === 0) out.push(`    <testcase classname="${x(file)}" name="ccp check" file="${x(file)}"/>`);
    for (const d of list) {
      const where = `${file}:${d.line}:${d.column}`;
      const body = [`${where}: ${severityWord[d.severity]} - ${d.message} (${d.code})`, ...(d.suggestion ? [d.suggestion] : [])].join('\n');
      out.push(
        `    <testcase classname="${x(file)}" name="${x(`${d.code} at ${d.line}:${d.column}`)}" file="${x(file)}" line="${d.line}">`,
        `      <failure type="${d.severity}" message="${x(d.message)}">${x(body)}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
