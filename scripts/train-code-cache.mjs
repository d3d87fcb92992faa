#!/usr/bin/env node
// Makes the V8 code cache of the CLI bundle (run by scripts/bundle-cli.mjs): compiles the bundle that the manifest
// given as argument names, runs `ccp check` on two examples (one clean, one with findings of every rule) so that
// V8 compiles what start-up and a check run, and writes the cache of all of it. Output of the runs is discarded.
// Then writes dist/bundle/manifest.json: the manifest given, with the key of the Node that made the cache
// (bin/load-bundle.js uses the cache only under a Node with the same key). Run it with the plain `node` that the
// CLI will run on, without flags: the key records them.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, loadBundle } from '../packages/cli/bin/load-bundle.js';

const root = join(import.meta.dirname, '..');
const bundleDir = join(root, 'packages', 'cli', 'dist', 'bundle');
const manifest = JSON.parse(process.argv[2]);
const { exports, script } = loadBundle(manifest, false);
for (const example of ['acme-contact-center', 'gaps']) {
  await exports.main(['check', join(root, 'examples', example)]);
}
// Written aside and renamed, so that a CLI starting meanwhile reads the old file or the new one, never half of one;
// the manifest last, so that it never names a cache not yet written.
const writeAtomically = (file, data) => {
  writeFileSync(`${file}.${process.pid}.tmp`, data);
  renameSync(`${file}.${process.pid}.tmp`, file);
};
writeAtomically(join(bundleDir, manifest.cache), script.createCachedData());
writeAtomically(join(bundleDir, 'manifest.json'), `${JSON.stringify({ ...manifest, cacheKey: cacheKey() })}\n`);
