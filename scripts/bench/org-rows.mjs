/**
 * The organisation rows of `pnpm bench`: `ccp check` and `ccp staffing` on a reporting chain and on a flat org of
 * 100k roles (issue 22 found `reporting-cycle` quadratic on the chain, staffing's recursion overflowing on it, and
 * staffing quadratic on the flat org). Budget: 2 s each, whole process, as a user runs it.
 */
import { join } from 'node:path';
import { settleDisk, bestOfRounds } from './spawn-timed.mjs';
import { writeOrgProject } from './synthetic-org.mjs';
import { fmtMb, fmtMs, formatTable } from './table.mjs';

export const ORG_BUDGET_MS = 2000;

/** Times both commands on both shapes; each job alternates with the others over `runs` rounds. */
export function measureOrgs({ ccp, work, roles, runs, log }) {
  const shapes = ['chain', 'flat'];
  const jobs = [];
  for (const shape of shapes) {
    const dir = join(work, `org-${shape}`);
    const bytes = writeOrgProject(dir, roles, shape);
    log(`${roles} roles, ${shape}: ${(bytes / 1048576).toFixed(1)} MiB; timing...`);
    for (const command of ['check', 'staffing']) {
      jobs.push({ shape, command, job: { command: process.execPath, args: [ccp, command, dir, ...(command === 'staffing' ? ['--format', 'json'] : [])] } });
    }
  }
  settleDisk();
  const measured = bestOfRounds(runs, jobs.map((j) => j.job));
  return jobs.map((j, i) => {
    const r = measured[i];
    // check exits 1 only for errors; this organisation has none (a warning at most).
    const ok = r.status === 0;
    return { roles, shape: j.shape, command: j.command, ms: r.ms, cpuMs: r.cpuMs, rssKb: r.rssKb, status: r.status, note: ok ? '' : (r.stderr || r.stdout).trim().split('\n')[0] };
  });
}

/** One row per command and shape, with the budget verdict ("ok" or "OVER") as the other budget rows print it. */
export function printOrgs(orgs) {
  const shapeName = { chain: 'reports_to chain', flat: 'flat org' };
  console.log(`\nOrganisations (issue 22; budget < ${ORG_BUDGET_MS / 1000} s each, whole process)`);
  console.log(formatTable(['', 'time', 'CPU time', 'peak RSS', 'budget'], orgs.map((o) => [
    `ccp ${o.command}, ${o.roles / 1000}k-role ${shapeName[o.shape]}`,
    fmtMs(o.ms),
    fmtMs(o.cpuMs),
    fmtMb(o.rssKb),
    o.status !== 0 ? `failed (exit ${o.status}): ${o.note}` : o.ms < ORG_BUDGET_MS ? 'ok' : 'OVER',
  ])));
}
