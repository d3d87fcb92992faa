#!/usr/bin/env node
import { statSync } from 'node:fs';

// `ccp check | head` closes the pipe early: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { main } = await import(bundleIsFresh() ? '../dist/bundle/ccp.js' : '../dist/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only a bug in ccp reaches this point: user mistakes are diagnostics with exit code 1 or 2.
    process.stderr.write(`ccp: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('This is a bug in ccp. Please report it with the input that caused it.\n');
    process.exitCode = 2;
  },
);

/**
 * The bundle (scripts/bundle-cli.mjs, made by `pnpm build`) starts in a few files instead of ~115 modules. It is
 * used only when it is newer than the TypeScript output of every package in it, so that a bare `tsc -b` after an
 * edit never runs stale code: then the modules in dist/ run, as they are.
 */
function bundleIsFresh() {
  const packages = `${import.meta.dirname}/../..`;
  try {
    const bundled = statSync(`${packages}/cli/dist/bundle/ccp.js`).mtimeMs;
    for (const pkg of ['core', 'language', 'checker', 'cli']) {
      const built = statSync(`${packages}/${pkg}/tsconfig.tsbuildinfo`, { throwIfNoEntry: false });
      if (built && built.mtimeMs > bundled) return false;
    }
    return true;
  } catch {
    return false;
  }
}
