import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** Where a browser was found, so messages can say why it was picked. */
export interface FoundBrowser {
  path: string;
  source: 'CCP_BROWSER' | 'config' | 'PATH' | 'default';
}

/**
 * The browsers a project's config may ask for, by channel. A config is part of the repository, so a pull request
 * controls it: it names a channel, never a path or a command, and the channel only chooses among fixed program
 * names on PATH and fixed system locations. Only the environment (`CCP_BROWSER`), which belongs to whoever runs
 * ccp, may name an executable.
 */
export const BROWSER_CHANNELS = {
  chromium: { names: ['chromium', 'chromium-browser'], paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'] },
  chrome: { names: ['google-chrome', 'google-chrome-stable'], paths: ['/opt/google/chrome/chrome', '/usr/bin/google-chrome'] },
} as const satisfies Record<string, { names: readonly string[]; paths: readonly string[] }>;

export type BrowserChannel = keyof typeof BROWSER_CHANNELS;

/** True for a value that a config may give as `browser`. */
export function isBrowserChannel(value: unknown): value is BrowserChannel {
  return typeof value === 'string' && Object.hasOwn(BROWSER_CHANNELS, value);
}

export interface FindBrowserOptions {
  env?: Record<string, string | undefined>;
  /** The last resort; `/usr/bin/chromium` unless given (tests pass a path that does not exist). */
  fallback?: string;
  /** The `browser` channel of the project's config, if any (never a path: see BROWSER_CHANNELS). */
  channel?: BrowserChannel;
}

/** Names looked up on PATH, in order. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;
/** Last resort when nothing is on PATH (Debian's package). */
export const DEFAULT_BROWSER = '/usr/bin/chromium';

/** How to get a browser, for messages shown when none is found. */
export const BROWSER_HINT =
  'Install Chromium (e.g. `apt-get install chromium`) or set CCP_BROWSER to the path of a Chromium or Chrome executable.';

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: Record<string, string | undefined>): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Finds a Chromium to render with, in this order: `CCP_BROWSER` (a path or a name on PATH; one that does not point
 * at an executable is skipped), then the config's channel (its program names on PATH, then its fixed system
 * locations), then `chromium`, `chromium-browser` and `google-chrome` on PATH, then `/usr/bin/chromium`.
 * `CCP_BROWSER=none` turns rendering off (for runs that want .mmd only). Undefined when nothing is found. Nothing a
 * project's files say can make this return another program: the config gives a channel, not a path.
 */
export function findBrowser(options: FindBrowserOptions = {}): FoundBrowser | undefined {
  const env = options.env ?? process.env;
  if (env.CCP_BROWSER?.trim().toLowerCase() === 'none') return undefined;
  const fromEnv = env.CCP_BROWSER;
  if (fromEnv) {
    const path = fromEnv.includes('/') || fromEnv.includes('\\') ? (isExecutable(fromEnv) ? fromEnv : undefined) : onPath(fromEnv, env);
    if (path) return { path, source: 'CCP_BROWSER' };
  }
  if (options.channel && isBrowserChannel(options.channel)) {
    const { names, paths } = BROWSER_CHANNELS[options.channel];
    for (const name of names) {
      const path = onPath(name, env);
      if (path) return { path, source: 'config' };
    }
    for (const path of paths) if (isExecutable(path)) return { path, source: 'config' };
  }
  for (const name of BROWSER_NAMES) {
    const path = onPath(name, env);
    if (path) return { path, source: 'PATH' };
  }
  const fallback = options.fallback ?? DEFAULT_BROWSER;
  return isExecutable(fallback) ? { path: fallback, source: 'default' } : undefined;
}
