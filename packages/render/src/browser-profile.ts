import { readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `ccp-chromium-<pid>-<random>`: the profile folder of one renderer; the pid tells whether its owner still runs. */
const PROFILE = /^ccp-chromium-(\d+)-[A-Za-z0-9]{6}$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the browser profiles that killed earlier runs left in the temporary folder (a profile is removed by
 * `DiagramRenderer.close()`, which a SIGKILL never reaches), then makes this run's own. Only folders named by
 * {@link PROFILE} whose process is gone are removed.
 */
export async function newBrowserProfile(dir: string = tmpdir()): Promise<string> {
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    // no temporary folder to sweep: mkdtemp below says why if it cannot make one either
  }
  for (const name of names) {
    const m = PROFILE.exec(name);
    if (m && !alive(Number(m[1]))) await rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined);
  }
  return mkdtemp(join(dir, `ccp-chromium-${process.pid}-`));
}
