#!/usr/bin/env node
// Makes the V8 code cache of the CLI bundle (run by scripts/bundle-cli.mjs): compiles the bundle that the manifest
// given as argument names, runs `ccp check` on two examples (one clean, one with findings of every rule) so that
// V8 compiles what start-up and a check run, and writes the cache of all of it. Output of the runs is discarded.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../packages/cli/bin/load-bundle.js';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(process.argv[2]);
const { exports, script } = loadBundle(manifest, false);
for (const example of ['acme-contact-center', 'gaps']) {
  await exports.main(['check', join(root, 'examples', example)]);
}
// Written aside and renamed, so that a CLI starting meanwhile reads the old cache or the new one, never half of one.
const cache = join(root, 'packages', 'cli', 'dist', 'bundle', manifest.cache);
writeFileSync(`${cache}.${process.pid}.tmp`, script.createCachedData());
renameSync(`${cache}.${process.pid}.tmp`, cache);
