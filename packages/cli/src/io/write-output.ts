import { resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Writes one command's output to the file named by `-o`/`--out` (atomically, only over a regular file or to a new
 * path: a device node, a symbolic link, a FIFO or a folder is refused), or to standard output for `-`.
 */
export function writeOutputFile(ctx: CliContext, out: string, data: string | Uint8Array): void {
  if (out === '-') {
    (ctx.stdout as { write(data: string | Uint8Array): unknown }).write(data);
    return;
  }
  writeFileAtomic(resolve(ctx.cwd, out), data);
}
