#!/usr/bin/env node
/**
 * Times ccp next to its peers on the same machine, outside the test suite (it needs the npm registry):
 * LikeC4 (`likec4 validate --skip-layout`) on a model of N elements, bpmnlint (recommended rules) on two BPMN inputs,
 * and `ccp check` on a synthetic project of N steps. Prints a side-by-side table. See docs/performance.md.
 *
 * The two BPMN inputs: N bare tasks in one sequence in one file (the least a BPMN file of N tasks can hold), and the
 * ccp project itself as BPMN (one file per process, with lanes, data objects, gateways and diagram interchange; see
 * bpmn-design.mjs), so that bpmnlint reads the same design that `ccp check` reads.
 *
 *   node scripts/peers/run-peers.mjs [--size 10000] [--runs 2] [--peers DIR]
 *
 * The peers are installed with npm into a temporary folder (or DIR, reused when it already holds them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bestOfRounds, settleDisk } from '../bench/spawn-timed.mjs';
import { writeSyntheticProject } from '../bench/synthetic-project.mjs';
import { fmtMb, fmtMs, formatTable } from '../bench/table.mjs';
import { writeBpmnDesign } from './bpmn-design.mjs';
import { writeBpmn, writeLikeC4 } from './peer-inputs.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const ccp = join(here, '..', '..', 'packages', 'cli', 'bin', 'ccp.js');
const { values: args } = parseArgs({
  options: { size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '2' }, peers: { type: 'string' } },
});
const size = Number(args.size);
const runs = Math.max(1, Number(args.runs));
const work = mkdtempSync(join(tmpdir(), 'ccp-peers-'));
const peers = args.peers ?? join(work, 'peers');
const log = (s) => process.stderr.write(`${s}\n`);

const packages = ['likec4', 'bpmnlint', 'bpmn-moddle'];
if (!packages.every((p) => existsSync(join(peers, 'node_modules', p, 'package.json')))) {
  log(`Installing ${packages.join(', ')} into ${peers} ...`);
  mkdirSync(peers, { recursive: true });
  execFileSync('npm', ['install', '--prefix', peers, '--no-audit', '--no-fund', '--no-save', ...packages], { stdio: ['ignore', 'ignore', 'inherit'] });
}
/** Bytes of the input files under `path` (a file or a folder), for the table. */
const bytesOf = (path) =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + bytesOf(join(path, name)), 0) : statSync(path).size;
const version = (p) => JSON.parse(readFileSync(join(peers, 'node_modules', p, 'package.json'), 'utf8')).version;
const bin = (name) => join(peers, 'node_modules', '.bin', name);

const c4 = join(work, 'likec4');
const c4Elements = writeLikeC4(c4, size);
const bpmn = writeBpmn(join(work, 'bpmn'), size);
const project = join(work, 'ccp');
writeSyntheticProject(project, size);
const model = JSON.parse(execFileSync(process.execPath, [ccp, 'export', 'json', project, '--no-locations'], { encoding: 'utf8', maxBuffer: 1 << 30 }));
const design = writeBpmnDesign(join(work, 'bpmn-design'), model);

settleDisk();
log(`Timing (best of ${runs} rounds, each tool once per round) ...`);
const jobs = [
  { tool: `ccp check (this repo)`, input: `${size} steps`, bytes: bytesOf(project), command: process.execPath, args: [ccp, 'check', project] },
  {
    tool: `likec4 ${version('likec4')} validate --skip-layout`,
    input: `${c4Elements} elements`,
    bytes: bytesOf(c4),
    command: bin('likec4'),
    args: ['validate', '--skip-layout', c4],
  },
  {
    tool: `bpmnlint ${version('bpmnlint')} (recommended)`,
    input: `${size} tasks in sequence, 1 file`,
    bytes: bytesOf(bpmn),
    command: bin('bpmnlint'),
    args: [bpmn],
    options: { cwd: join(work, 'bpmn') },
  },
  {
    tool: `bpmnlint ${version('bpmnlint')} (recommended)`,
    input: `the same design, ${design.tasks} tasks, ${design.files.length} files`,
    bytes: bytesOf(join(work, 'bpmn-design')),
    command: bin('bpmnlint'),
    args: design.files,
    options: { cwd: join(work, 'bpmn-design') },
  },
];
const rows = bestOfRounds(runs, jobs).map((r, i) => ({ ...jobs[i], r }));
const ccpMs = rows[0].r.ms;
console.log(`Peers on ${cpus().length} cores, ${cpus()[0]?.model}, Node ${process.version}; best of ${runs} rounds; wall time and CPU time (user + sys) of the whole process\n`);
console.log(
  formatTable(
    ['tool', 'input', 'size', 'time', 'vs ccp', 'CPU time', 'vs ccp', 'peak RSS', 'exit'],
    rows.map(({ tool, input, bytes, r }) => [
      tool,
      input,
      `${(bytes / 1048576).toFixed(1)} MiB`,
      fmtMs(r.ms),
      `${(r.ms / ccpMs).toFixed(1)}x`,
      fmtMs(r.cpuMs),
      r.cpuMs && rows[0].r.cpuMs ? `${(r.cpuMs / rows[0].r.cpuMs).toFixed(1)}x` : '-',
      fmtMb(r.rssKb),
      r.status,
    ]),
  ),
);
for (const { tool, r } of rows.slice(1)) {
  const out = (r.stdout + r.stderr).trim().split('\n');
  if (r.status !== 0) log(`\n${tool} said (first lines):\n${out.slice(0, 5).join('\n')}`);
}
// The inputs (and the peers, unless --peers named a folder to keep them in) go with the temporary folder.
rmSync(work, { recursive: true, force: true });
