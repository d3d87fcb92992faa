import { indexModel, label, type Model } from '@ccp/core';
import { safeStem, uniqueNames } from './file-name.js';
import type { DiagramOptions } from './options.js';
import { overviewFlowchart } from './overview.js';
import { personaJourney } from './persona-journey.js';
import { processFlowchartParts } from './process-flowchart.js';
import { wordsFor } from './words.js';

export type DiagramKind = 'process' | 'journey' | 'overview';

/** One generated diagram: its Mermaid text and the file name stem to save it under. */
export interface Diagram {
  kind: DiagramKind;
  /** Id of the process or persona shown; undefined for the overview and the all-customers journey. */
  elementId?: string;
  /** File name without extension, safe on every file system and unique in the set (e.g. `process-complaint`). */
  name: string;
  /** Human title (the element's display name). */
  title: string;
  /** The `.mmd` text, ending in a newline. */
  text: string;
  /** Edges in the diagram; rendering raises Mermaid's `maxEdges` (500 by default) to fit. */
  edges: number;
  /** For a process split into parts (more than 25 steps): this part's number, 1-based, and the number of parts. */
  part?: { index: number; count: number };
}

/**
 * Every diagram of a model: the overview, a flowchart per process and a journey per persona (one journey for all
 * customers when no persona is declared but touchpoints are), in that order and in declaration order within a
 * kind. A pure function: the same model and options give byte-identical texts.
 */
export function generateDiagrams(model: Model, options: DiagramOptions = {}): Diagram[] {
  const index = indexModel(model);
  const words = wordsFor(options.language ?? model.project?.outputLanguage);
  const out: Omit<Diagram, 'name'>[] = [];
  const raw: string[] = [];
  const overview = overviewFlowchart(model, options, index);
  out.push({ kind: 'overview', title: model.project ? label(model.project) : 'Overview', text: overview.text, edges: overview.edges });
  raw.push('overview');
  const seenProcess = new Set<string>();
  for (const process of model.processes) {
    if (seenProcess.has(process.id)) continue;
    seenProcess.add(process.id);
    const charts = processFlowchartParts(model, process, options, index);
    charts.forEach((chart, i) => {
      const part = charts.length > 1 ? { index: i + 1, count: charts.length } : undefined;
      const title = part ? `${label(process)} (${part.index}/${part.count})` : label(process);
      out.push({ kind: 'process', elementId: process.id, title, text: chart.text, edges: chart.edges, ...(part ? { part } : {}) });
      raw.push(part ? `process-${safeStem(process.id)}-${part.index}` : `process-${safeStem(process.id)}`);
    });
  }
  const seenPersona = new Set<string>();
  for (const persona of model.personas) {
    if (seenPersona.has(persona.id)) continue;
    seenPersona.add(persona.id);
    out.push({ kind: 'journey', elementId: persona.id, title: label(persona), text: personaJourney(model, persona, options, index), edges: 0 });
    raw.push(`journey-${safeStem(persona.id)}`);
  }
  if (model.personas.length === 0 && model.touchpoints.length > 0) {
    out.push({ kind: 'journey', title: words.allCustomers, text: personaJourney(model, undefined, options, index), edges: 0 });
    raw.push('journey');
  }
  const names = uniqueNames(raw);
  return out.map((d, i) => ({ ...d, name: names[i]! }));
}
