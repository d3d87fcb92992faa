#!/usr/bin/env node
// The ccp command. The check of Node's version comes first, before anything that an older Node could fail on: this
// file has no `import` statement and no top-level `await` (so that any Node that can start it gets this far), and
// load-bundle.js, which needs Node 20.19's `import.meta.dirname`, is imported only after the check.

/** The oldest Node that ccp runs on: `engines.node` of package.json says the same (a test holds them together). */
const REQUIRED_NODE = [20, 19, 0];

const running = process.versions.node.split('.').map(Number);
const older = REQUIRED_NODE.findIndex((part, i) => running[i] !== part);
if (older !== -1 && running[older] < REQUIRED_NODE[older]) {
  process.stderr.write(
    `ccp needs Node.js ${REQUIRED_NODE.join('.')} or newer, but was started by Node.js ${process.version} at ${JSON.stringify(process.execPath)}: install a newer Node.js (https://nodejs.org).\n`,
  );
  process.exit(2);
}

// `ccp check | head` closes the pipe early: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

import('./load-bundle.js')
  .then(({ freshBundle, loadBundle }) => {
    const bundle = freshBundle();
    return bundle ? loadBundle(bundle).exports : import('../dist/main.js');
  })
  .then(({ main }) => main(process.argv.slice(2)))
  .then(
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
