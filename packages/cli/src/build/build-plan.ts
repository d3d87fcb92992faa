import { resolve } from 'node:path';
import type { CcpConfig } from '@ccp/checker';
import { configPathInside } from '../io/inside.js';

type Outputs = NonNullable<CcpConfig['outputs']>;
const ARTIFACTS = ['diagrams', 'spec', 'docs', 'json', 'staffing'] as const;

/** What `ccp build` makes and where, from the config's `outputs` and the command line. */
export interface BuildPlan {
  outDir: string;
  diagrams?: { dir: string; formats: ('mmd' | 'svg' | 'png')[]; detail: boolean };
  spec?: { file: string; version?: string };
  docs?: { dir: string; html: boolean; markdown: boolean };
  json?: { file: string };
  staffing?: { file: string };
}

/**
 * Every artifact is made when `outputs` names none of them; otherwise only those set (to `true` or an object).
 * `outputs.dir` must stay inside the project root (a shared config must not write elsewhere) unless `--out` is
 * given, and file names from the config must stay inside the output folder.
 */
export function buildPlan(root: string, outputs: Outputs | undefined, outOption: string | undefined, cwd: string): BuildPlan {
  const outDir = outOption !== undefined ? resolve(cwd, outOption) : configPathInside(root, root, outputs?.dir ?? 'out', 'outputs.dir');
  const named = ARTIFACTS.some((a) => outputs?.[a] !== undefined);
  const on = (a: (typeof ARTIFACTS)[number]) => (named ? Boolean(outputs?.[a]) : true);
  const inOut = (value: string, setting: string) => configPathInside(outDir, outDir, value, setting);
  const plan: BuildPlan = { outDir };
  const d = outputs?.diagrams;
  if (on('diagrams')) {
    const formats = typeof d === 'object' && d.formats ? d.formats : (['mmd', 'svg'] as const);
    plan.diagrams = { dir: resolve(outDir, 'diagrams'), formats: ['mmd', ...formats.filter((f) => f !== 'mmd')], detail: typeof d === 'object' ? (d.detail ?? false) : false };
  }
  const s = outputs?.spec;
  if (on('spec')) {
    plan.spec = { file: inOut(typeof s === 'object' && s.file ? s.file : 'spec.xlsx', 'outputs.spec.file') };
    if (typeof s === 'object' && s.version) plan.spec.version = s.version;
  }
  const doc = outputs?.docs;
  if (on('docs')) {
    plan.docs = { dir: resolve(outDir, 'docs'), html: typeof doc === 'object' ? doc.html !== false : true, markdown: typeof doc === 'object' ? doc.markdown !== false : true };
  }
  const j = outputs?.json;
  if (on('json')) plan.json = { file: inOut(typeof j === 'object' && j.file ? j.file : 'model.json', 'outputs.json.file') };
  if (on('staffing')) plan.staffing = { file: resolve(outDir, 'staffing.xlsx') };
  return plan;
}
