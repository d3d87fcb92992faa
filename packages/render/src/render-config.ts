/** Mermaid's default edge limit; flowcharts with more edges fail unless the limit is raised. */
export const MERMAID_DEFAULT_MAX_EDGES = 500;

/** Options for how diagrams look once rendered. */
export interface LookOptions {
  /**
   * Labels as HTML in `<foreignObject>` (true, Mermaid's default, best in browsers) or as SVG `<text>` (false:
   * the SVG shows its labels in any viewer and in documents: Word, LibreOffice, PDF tools, image previews).
   */
  htmlLabels?: boolean;
  /** Mermaid theme: default, neutral, forest, dark, base. */
  theme?: string;
}

/**
 * The Mermaid site configuration for one diagram. `maxEdges` and `maxTextSize` are "secure" keys that a diagram's
 * own `%%{init}%%` cannot change, so they are set here: the edge limit is raised to fit the diagram (large
 * processes are drawn whole, not split), and ids are deterministic so the same text gives the same SVG.
 * `handDrawnSeed` fixes the jitter that Mermaid's shapes draw their outlines with (rough.js; with seed 0 it
 * calls Math.random, so a diagram's SVG depended on which diagrams the page had drawn before it).
 */
export function mermaidConfig(id: string, edges: number, textLength: number, look: LookOptions): Record<string, unknown> {
  const htmlLabels = look.htmlLabels ?? true;
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: look.theme ?? 'default',
    deterministicIds: true,
    deterministicIDSeed: id,
    handDrawnSeed: 1,
    suppressErrorRendering: true,
    maxEdges: Math.max(MERMAID_DEFAULT_MAX_EDGES, edges + 1),
    maxTextSize: Math.max(50_000, textLength + 1),
    htmlLabels,
    flowchart: { htmlLabels, useMaxWidth: true },
  };
}
