import { pathToFileURL } from 'node:url';
import { codeDescriptions, type Fix, type Loc, type Severity } from '@ccp/core';
import { rules } from '@ccp/checker';
import { ciPath } from './ci-paths.js';
import { CCP_VERSION, DOCS_BASE_URL, helpUri } from './doc-links.js';
import type { Formatter } from './report.js';

type Level = 'error' | 'warning' | 'note';

/** 1-based lines and UTF-16 columns, end exclusive. */
interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

const levels: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  /** Shown by GitHub under the alert: the description and a link to the doc page. */
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

/**
 * The rule catalogue of a run: every checker rule (sorted by id) and then every CCPnnnn code of syntax, resolution
 * and project problems, so a result's `ruleIndex` always points at metadata with a description and a help link.
 * Codes that appear only in results (none today) are appended, so the log stays valid whatever ccp reports.
 */
export function sarifRules(extraCodes: Iterable<string> = []): ReportingDescriptor[] {
  const out: ReportingDescriptor[] = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({
      id: r.id,
      name: camel(r.id),
      shortDescription: { text: r.description },
      helpUri: helpUri(r.id),
      help: help(r.id, r.description),
      defaultConfiguration: { level: levels[r.severity] },
      properties: { tags: ['ccp', 'rule'] },
    }));
  const codes = Object.keys(codeDescriptions).sort() as (keyof typeof codeDescriptions)[];
  for (const code of codes) {
    out.push({
      id: code,
      name: code,
      shortDescription: { text: codeDescriptions[code] },
      helpUri: helpUri(code),
      help: help(code, codeDescriptions[code]),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['ccp', code.startsWith('CCP1') ? 'syntax' : code.startsWith('CCP2') ? 'resolution' : code.startsWith('CCP3') ? 'project' : 'internal'] },
    });
  }
  const known = new Set(out.map((r) => r.id));
  for (const code of [...new Set(extraCodes)].sort()) {
    if (known.has(code)) continue;
    known.add(code);
    out.push({ id: code, name: code, shortDescription: { text: code }, helpUri: helpUri(code), help: help(code, code), defaultConfiguration: { level: 'error' }, properties: { tags: ['ccp'] } });
  }
  return out;
}

const help = (id: string, description: string) => ({
  text: `${description} See ${helpUri(id)}`,
  markdown: `${description}\n\n[Documentation of ${id}](${helpUri(id)})`,
});

const camel = (id: string) => id.replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());

/** A relative path as a URI reference: each segment percent-encoded, '/' kept. */
function uriOf(path: string): string {
  if (path.startsWith('/')) return pathToFileURL(path).href;
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 for code scanning (GitHub `upload-sarif`, Azure DevOps, IDE viewers). One run; `tool.driver.rules`
 * carries every rule and code with its description and a help link; each result has the rule id and index, a
 * level (error, warning, note), the message (with the suggestion, if any), and a region with 1-based lines and
 * UTF-16 columns. Paths are relative to the current directory, named by `uriBaseId` SRCROOT, whose absolute URI is
 * in `originalUriBaseIds`; `upload-sarif` resolves them against the repository checkout.
 */
export const sarif: Formatter = (report) => {
  const catalogue = sarifRules(report.diagnostics.map((d) => d.code));
  const indexOf = new Map(catalogue.map((r, i) => [r.id, i]));
  const artifact = (file: string) => {
    const path = ciPath(report, file);
    return path.startsWith('/') ? { uri: uriOf(path) } : { uri: uriOf(path), uriBaseId: 'SRCROOT' };
  };
  const location = (file: string, region: Region) => ({ physicalLocation: { artifactLocation: artifact(file), region } });
  const region = (loc: Loc): Region => {
    const index = report.texts.index(loc.file);
    const start = index.position(loc.start);
    const end = index.position(Math.max(loc.start, loc.end));
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  };
  /** Mechanical fixes (e.g. "did you mean") as SARIF fixes: one artifact change per file, edits in source order. */
  const fixesOf = (fixes: readonly Fix[]) =>
    fixes.map((fix) => {
      const files = [...new Set(fix.edits.map((e) => e.loc.file))].sort();
      return {
        description: { text: fix.title },
        artifactChanges: files.map((file) => ({
          artifactLocation: artifact(file),
          replacements: fix.edits
            .filter((e) => e.loc.file === file)
            .sort((a, b) => a.loc.start - b.loc.start)
            .map((e) => ({ deletedRegion: region(e.loc), insertedContent: { text: e.newText } })),
        })),
      };
    });
  const results = report.diagnostics.map((d) => {
    const related = (d.related ?? []).map((r, i) => ({ id: i, ...location(r.loc.file, region(r.loc)), message: { text: r.message } }));
    return {
      ruleId: d.code,
      ruleIndex: indexOf.get(d.code)!,
      level: levels[d.severity],
      message: { text: d.suggestion ? `${d.message} ${d.suggestion}` : d.message },
      locations: [location(d.loc.file, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn })],
      ...(related.length ? { relatedLocations: related } : {}),
      ...(d.fixes?.length ? { fixes: fixesOf(d.fixes) } : {}),
    };
  });
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ccp',
            semanticVersion: CCP_VERSION,
            informationUri: DOCS_BASE_URL.replace(/\/blob\/main\/docs\/$/, ''),
            rules: catalogue,
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: dirUri(report.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}
