import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/**
 * Node binaries of a given version, for tests that run ccp on a Node it does not support. They come from the npm
 * package `node-<platform>-<arch>@<version>` (the official build, on the npm registry, so that nothing beyond the
 * registry that `pnpm install` uses is needed), fetched with `npm pack` once into node_modules/.cache/ccp-old-node/,
 * where only `bin/node` is kept.
 */
const cacheDir = join(repoRoot, 'node_modules', '.cache', 'ccp-old-node');

/** The npm package that holds Node for this machine. */
function nodePackage(version: string): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}@${version}`;
}

/**
 * The path of the `node` binary of `version`, downloaded if need be; or, when the registry cannot be reached (or has
 * no such package for this platform), the reason as `{ unavailable }`.
 */
export function oldNode(version: string): { node: string } | { unavailable: string } {
  const dir = join(cacheDir, version);
  const node = join(dir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(node)) return { node };
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(join(cacheDir, `${version}-`));
  try {
    const name = nodePackage(version);
    let tarball: string;
    try {
      tarball = execFileSync('npm', ['pack', name, '--pack-destination', work, '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 110_000 }).trim().split('\n').at(-1)!;
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      return { unavailable: `\`npm pack ${name}\` failed (no npm registry?): ${stderr.trim().split('\n').slice(-3).join(' ')}` };
    }
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, `package/bin/${process.platform === 'win32' ? 'node.exe' : 'node'}`]);
    // Renamed into place, so that a test running meanwhile sees the whole binary or none.
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'bin'))) renameSync(join(work, 'package', 'bin'), join(dir, 'bin'));
    return { node };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
