import type { Model, Severity } from '@ccp/core';
import type { Diagram } from '../mermaid/index.js';
import type { StaffingReport } from '@ccp/staffing';

/** A finding of `ccp check`, located for people (1-based line and column). */
export interface DocFinding {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  suggestion?: string;
  /** Offset of the finding in `file` (Loc.start): when given, the finding links to the element declared there. */
  offset?: number;
}

/** A diagram to show: Mermaid's text, plus its SVG when a browser rendered it. */
export interface DocDiagram extends Diagram {
  svg?: string;
}

/**
 * Templates by name: `spec.html`, `index.md`, `process.md` and partials as `partials/<name>` (file names without
 * `.hbs`). See docs/templates.md.
 */
export type TemplateSet = Record<string, string>;

export interface DocsInput {
  model: Model;
  /** The complete template set (defaults merged with a project's overrides; see loadTemplates). */
  templates: TemplateSet;
  /** Findings to list; none when omitted. */
  findings?: DocFinding[];
  /** The diagrams, e.g. with SVGs from @ccp/render; generated from the model (text only) when omitted. */
  diagrams?: DocDiagram[];
  /**
   * The staffing report of the model (`staffingReport` in @ccp/generators/staffing), shown as a section of
   * spec.html and index.md; no staffing section when omitted. The caller decides, since it costs solver time.
   */
  staffing?: StaffingReport;
  /** Errors of a design documented anyway (`--force`): every document then opens with a banner saying so. */
  designErrors?: number;
  /** Which documents to write; both by default. */
  html?: boolean;
  markdown?: boolean;
}

/** One written document: a path relative to the docs folder, and its text. */
export interface DocFile {
  path: string;
  content: string;
}
