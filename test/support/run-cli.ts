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
