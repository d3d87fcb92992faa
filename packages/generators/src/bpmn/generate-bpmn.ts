import { indexModel, label, type Model, type OutputLanguage } from '@ccp/core';
import { safeStem, uniqueNames } from '../mermaid/file-name.js';
import { buildBpmnGraph } from './bpmn-graph.js';
import { layoutBpmn } from './layout.js';
import { bpmnXml } from './to-xml.js';
import { bpmnWordsFor } from './words.js';

export interface BpmnOptions {
  /** Language of the fixed words (Start, End, ...); the project's output language by default. */
  language?: OutputLanguage;
  /** Written as the file's `exporterVersion` (the CLI passes its version); left out when not given. */
  exporterVersion?: string;
  /** Only these processes (by id; file names stay those of the whole set), e.g. the one a page asks for. */
  processIds?: readonly string[];
}

/** One BPMN file: a process with its pools, lanes and diagram. */
export interface BpmnFile {
  /** Id of the process. */
  elementId: string;
  /** File name without extension, safe on every file system and unique in the set (`process-complaint`). */
  name: string;
  /** The process's display name. */
  title: string;
  /** The `.bpmn` XML, ending in a newline. */
  xml: string;
  /** Flow nodes, sequence flows and message flows in the file (for messages and budgets). */
  counts: { nodes: number; flows: number; messageFlows: number; lanes: number; pools: number };
}

/**
 * A BPMN 2.0 file with diagram interchange for every process, in declaration order (see buildBpmnGraph for what
 * becomes what, and layoutBpmn for the layout). Pure: the same model and options give byte-identical files.
 */
export async function generateBpmn(model: Model, options: BpmnOptions = {}): Promise<BpmnFile[]> {
  const index = indexModel(model);
  const words = bpmnWordsFor(options.language ?? model.project?.outputLanguage);
  const seen = new Set<string>();
  const processes = model.processes.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
  const names = uniqueNames(processes.map((p) => `process-${safeStem(p.id)}`));
  const out: BpmnFile[] = [];
  const only = options.processIds ? new Set(options.processIds) : undefined;
  for (const [i, process] of processes.entries()) {
    if (only && !only.has(process.id)) continue;
    const graph = buildBpmnGraph(model, process, index, words);
    const xml = await bpmnXml(graph, layoutBpmn(graph), options.exporterVersion);
    out.push({
      elementId: process.id,
      name: names[i]!,
      title: label(process),
      xml,
      counts: { nodes: graph.nodes.length, flows: graph.flows.length, messageFlows: graph.messageFlows.length, lanes: graph.lanes.length, pools: graph.pools.length },
    });
  }
  return out;
}
