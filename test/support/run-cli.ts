import { main } from '@ccp/cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (no color), from `cwd`. */
export async function runCli(args: string[], cwd: string = process.cwd(), env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx = {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    exitCode: 0,
  };
  const code = await main(args, ctx);
  return { code, stdout, stderr };
}

/** A finding of `ccp check --format json`. */
export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** Runs `ccp check --format json` in `dir` (on `.` when no paths are given) and parses its findings. */
export async function checkJson(dir: string, ...paths: string[]) {
  const run = await runCli(['check', ...(paths.length ? paths : ['.']), '--format', 'json'], dir);
  const findings = run.code !== 2 && run.stdout ? (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings : [];
  return { ...run, findings, codes: findings.map((f) => f.ruleId) };
}
