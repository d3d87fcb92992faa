#!/usr/bin/env node
import { freshBundle, loadBundle } from './load-bundle.js';

// `ccp check | head` closes the pipe early: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const bundle = freshBundle();
const { main } = bundle ? loadBundle(bundle).exports : await import('../dist/main.js');

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
