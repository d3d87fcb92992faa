import { cliText } from '@ccp/core';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { posix } from 'node:path';
import { CONFIG_FILE, parseConfig, type CcpConfig } from '@ccp/checker';
import { analyzeProject, memoryHost, type Analysis } from '@ccp/language';
import { UsageError } from '../context.js';

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Options put before every git command. A pull request controls the tree, so it can commit a folder laid out as a
 * bare repository (HEAD, objects/, refs/, and a `config` with `core.fsmonitor = "any command"`, or a clean filter);
 * git run inside that folder finds it and runs the command (`git status` did, from `ccp spec`). Configuration given
 * on the command line wins over the repository's: such a folder is not used as a repository at all (git 2.38+), and
 * no fsmonitor command runs in any case. `--no-pager`: no pager program either.
 */
export const SAFE_GIT_OPTIONS = ['--no-pager', '-c', 'safe.bareRepository=explicit', '-c', 'core.fsmonitor=false'] as const;

/**
 * True when the repository git finds from `cwd` is an ordinary one (its git folder is `.git`, or inside one: a
 * worktree or a submodule), or one the environment chose (`GIT_DIR`). A folder of the tree laid out as a bare
 * repository is refused here too, for git older than 2.38, which ignores `safe.bareRepository`.
 */
export function ordinaryGitDir(gitDir: string): boolean {
  if (process.env.GIT_DIR) return true;
  const dir = gitDir.trim();
  return /(^|[\\/])\.git$/.test(dir) || /[\\/]\.git[\\/](worktrees|modules)[\\/]/.test(dir);
}

/** Runs git without a shell; a missing git binary is a usage error. */
function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((done, fail) => {
    execFile('git', [...SAFE_GIT_OPTIONS, ...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        fail(new UsageError(cliText('gitMissing')));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/**
 * Reads many blobs through one `git cat-file --batch` process (one spawn per file is slow on big projects). Returns
 * each object's text, or undefined for one that is missing.
 */
function readBlobs(repo: string, objects: string[]): Promise<(string | undefined)[]> {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((done, fail) => {
    const child = spawn('git', [...SAFE_GIT_OPTIONS, 'cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (e) => fail(new UsageError(cliText('gitCannotRun', { reason: e.message }))));
    child.on('close', (code) => {
      if (code !== 0) return fail(new UsageError(cliText('gitFailed', { reason: firstLine(stderr) })));
      const out = Buffer.concat(chunks);
      const texts: (string | undefined)[] = [];
      let at = 0;
      for (let i = 0; i < objects.length; i++) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString().split(' ');
        at = eol + 1;
        if (header[1] !== 'blob') {
          texts.push(undefined);
          continue;
        }
        const size = Number(header[2]);
        texts.push(out.subarray(at, at + size).toString('utf8'));
        at += size + 1;
      }
      done(texts);
    });
    child.stdin.end(objects.map((o) => o + '\n').join(''));
  });
}

const firstLine = (s: string) => s.trim().split('\n')[0] ?? '';

/** `REV:path` (but not a Windows drive path like `C:\x`). */
export function isGitSpec(spec: string): boolean {
  return /^[^:]+:/.test(spec) && !/^[A-Za-z]:[\\/]/.test(spec);
}

/** Where the project's files live in the memory host. */
const MOUNT = '/git';

/**
 * Reads a project from git at a revision without a checkout: `REV:path` where path is a folder or a file,
 * relative to the repository root (or to the current directory when it starts with `./` or `../`, as in git).
 * Finds ccp.config.json in the folder or above it (inside the repository), reads every .ccp file under the project
 * root with `git cat-file`, and analyses them through a memory host. A bad revision or a path that is not in it is a
 * usage error naming both.
 */
export async function loadGitProject(cwd: string, spec: string): Promise<{ analysis: Analysis; config: CcpConfig }> {
  const colon = spec.indexOf(':');
  const rev = spec.slice(0, colon);
  let path = spec.slice(colon + 1);
  if (rev.startsWith('-')) throw new UsageError(cliText('notARevision', { spec, rev }));
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) throw new UsageError(cliText('notInRepository', { spec, rev, reason: firstLine(top.stderr) }));
  const repo = top.stdout.trim();
  const gitDir = await git(cwd, ['rev-parse', '--absolute-git-dir']);
  if (gitDir.code !== 0 || !ordinaryGitDir(gitDir.stdout)) {
    throw new UsageError(cliText('bareTree', { spec, gitDir: gitDir.stdout.trim() }));
  }
  const prefix = (await git(cwd, ['rev-parse', '--show-prefix'])).stdout.trim();
  if (path === '.' || path.startsWith('./') || path.startsWith('../')) path = posix.join(prefix, path);
  path = posix.normalize(path || '.').replace(/\/+$/, '');
  if (path === '.') path = '';
  if (path.startsWith('..')) throw new UsageError(cliText('outsideRepository', { spec, path }));
  const verified = await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{tree}`]);
  if (verified.code !== 0) throw new UsageError(cliText('notRevisionHere', { spec, rev }));
  const type = await git(repo, ['cat-file', '-t', `${rev}:${path}`]);
  const kind = type.stdout.trim();
  if (type.code !== 0 || (kind !== 'blob' && kind !== 'tree')) throw new UsageError(cliText('notInRevision', { spec, path: path || '.', rev }));
  const dir = kind === 'tree' ? path : posix.dirname(path) === '.' ? '' : posix.dirname(path);

  let root = dir;
  let config: CcpConfig = {};
  for (let d = dir; ; d = posix.dirname(d) === '.' ? '' : posix.dirname(d)) {
    const candidate = d ? `${d}/${CONFIG_FILE}` : CONFIG_FILE;
    const shown = await git(repo, ['cat-file', 'blob', `${rev}:${candidate}`]);
    if (shown.code === 0) {
      const parsed = await parseConfig(shown.stdout);
      if (!parsed.config) throw new UsageError(cliText('configInvalid', { file: `${rev}:${candidate}`, errors: parsed.texts }));
      config = parsed.config;
      root = d;
      break;
    }
    if (d === '') break;
  }

  const listed = await git(repo, ['ls-tree', '-r', '-z', '--name-only', '--end-of-options', rev, ...(root ? ['--', root] : [])]);
  if (listed.code !== 0) throw new UsageError(cliText('cannotList', { spec, path: root || '.', rev, reason: firstLine(listed.stderr) }));
  const names = listed.stdout.split('\0').filter((n) => n.endsWith('.ccp') && !n.includes('\n'));
  if (kind === 'blob' && !names.includes(path)) names.push(path);
  const files: Record<string, string> = {};
  const texts = await readBlobs(repo, names.map((n) => `${rev}:${n}`));
  names.forEach((n, i) => {
    const text = texts[i];
    if (text !== undefined) files[`${MOUNT}/${n}`] = text;
  });
  const mount = (p: string) => (p ? `${MOUNT}/${p}` : MOUNT);
  const rootPath = mount(root);
  let entries = [mount(path)];
  if (kind === 'tree' && path === root && config.include) entries = config.include.map((p) => posix.resolve(rootPath, p));
  return { analysis: analyzeProject(memoryHost(files), rootPath, entries, { limits: config.limits }), config };
}

/** Files that make the design: what a spec's version must name a commit of. */
const designPathspecs = ['*.ccp', '**/ccp.config.json', 'ccp.config.json'];

/**
 * The design's version as git knows it: `git describe --tags --always`, plus `uncommitted changes` when a design
 * file (`.ccp`, `ccp.config.json`) under `root` is modified, staged, deleted or untracked (`--dirty` alone misses
 * untracked files, so a cover could name a commit that does not contain the design). Undefined outside git.
 */
export function describeDesign(root: string): { described: string; uncommitted: boolean } | undefined {
  const run = (args: string[]) => {
    try {
      return execFileSync('git', [...SAFE_GIT_OPTIONS, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000, encoding: 'utf8' });
    } catch {
      return undefined;
    }
  };
  const gitDir = run(['rev-parse', '--absolute-git-dir']);
  if (gitDir === undefined || !ordinaryGitDir(gitDir)) return undefined;
  const described = run(['describe', '--tags', '--always'])?.trim();
  if (!described) return undefined;
  const status = run(['status', '--porcelain=v1', '--untracked-files=all', '--ignored=no', '--', ...designPathspecs]);
  return { described, uncommitted: status === undefined || status.trim() !== '' };
}
