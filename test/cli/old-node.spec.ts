import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oldNode } from '../support/old-node.js';
import { repoRoot } from '../support/paths.js';

// Issue 18, "any Node a user has": under a Node older than the one ccp supports, `ccp` says so in one line and exits
// 2, before anything that could crash; and the code cache made by the build's Node never reaches another Node's V8.
// The old Nodes are real official builds, fetched once from the npm registry (test/support/old-node.ts, ~40 MB
// each); without a registry these tests are skipped and say why.

const bin = join(repoRoot, 'packages/cli/bin/ccp.js');
/** Node 18 fails on `import.meta.dirname`; Node 20.18 crashed on the code cache made by Node 20.19 or newer. */
const versions = ['18.20.4', '20.18.0'];
const nodes = new Map<string, { node: string } | { unavailable: string }>();

beforeAll(() => {
  for (const version of versions) nodes.set(version, oldNode(version));
}, 240_000);

/** The binary of `version`, or skips the test with the reason it cannot be had. */
function nodeOf(version: string, skip: (note: string) => never): string {
  const found = nodes.get(version)!;
  if ('unavailable' in found) skip(`Node ${version} is not available: ${found.unavailable}`);
  return (found as { node: string }).node;
}

describe('ccp under an older Node', () => {
  it('the version it asks for is the one package.json declares', () => {
    const source = readFileSync(bin, 'utf8');
    const required = /const REQUIRED_NODE = \[(\d+), (\d+), (\d+)\];/.exec(source)!.slice(1).join('.');
    for (const pkg of ['package.json', 'packages/cli/package.json']) {
      const { engines } = JSON.parse(readFileSync(join(repoRoot, pkg), 'utf8')) as { engines: { node: string } };
      expect(`${engines.node.replace(/^>=/, '')}.0.0`.split('.').slice(0, 3).join('.'), pkg).toBe(required);
    }
  });

  for (const version of versions) {
    for (const args of [['--version'], ['check', 'examples/gaps'], ['lsp', '--stdio']]) {
      it(`Node ${version}: \`ccp ${args.join(' ')}\` names the required and the running version, exits 2`, ({ skip }) => {
        const node = nodeOf(version, skip);
        const r = spawnSync(node, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', input: '' });
        expect({ code: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ code: 2, signal: null, stdout: '' });
        expect(r.stderr).toBe(
          `ccp needs Node.js 20.19.0 or newer, but was started by Node.js v${version} at ${JSON.stringify(node)}: install a newer Node.js (https://nodejs.org).\n`,
        );
      });
    }
  }

  it('Node 20.18 loads the bundle without the cache the build made, and runs it (it crashed with the cache)', ({ skip }) => {
    const node = nodeOf('20.18.0', skip);
    // Past the version check, straight into bin/load-bundle.js, as a Node that passed the check but is not the
    // build's would be.
    const script = `import { freshBundle, loadBundle } from ${JSON.stringify(join(repoRoot, 'packages/cli/bin/load-bundle.js'))};
const b = loadBundle(freshBundle());
const code = await b.exports.main(['check', 'examples/acme-contact-center', '--format', 'json']);
console.log(JSON.stringify({ cacheUsed: b.cacheUsed, code }));`;
    const r = spawnSync(node, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect({ code: r.status, signal: r.signal, stderr: r.stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { cacheUsed: boolean; code: number };
    expect(last).toEqual({ cacheUsed: false, code: 0 });
  });
});
