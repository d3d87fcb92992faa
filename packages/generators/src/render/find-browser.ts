import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** Where a browser was found, so messages can say why it was picked. */
export interface FoundBrowser {
  path: string;
  source: 'CCP_BROWSER' | 'config' | 'PATH' | 'default';
}

export interface FindBrowserOptions {
  env?: Record<string, string | undefined>;
  /** The last resort; `/usr/bin/chromium` unless given (tests pass a path that does not exist). */
  fallback?: string;
  /** The `browser` value of the project's config, if any. */
  configured?: string;
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
 * Finds a Chromium to render with, in this order: `CCP_BROWSER`, then the config value, then `chromium`,
 * `chromium-browser` and `google-chrome` on PATH, then `/usr/bin/chromium`. A `CCP_BROWSER` or config value may be
 * a path or a name on PATH; one that does not point at an executable is skipped. `CCP_BROWSER=none` turns rendering
 * off (for runs that want .mmd only). Undefined when nothing is found.
 */
export function findBrowser(options: FindBrowserOptions = {}): FoundBrowser | undefined {
  const env = options.env ?? process.env;
  if (env.CCP_BROWSER?.trim().toLowerCase() === 'none') return undefined;
  const explicit: [string | undefined, FoundBrowser['source']][] = [
    [env.CCP_BROWSER, 'CCP_BROWSER'],
    [options.configured, 'config'],
  ];
  for (const [value, source] of explicit) {
    if (!value) continue;
    const path = value.includes('/') || value.includes('\\') ? (isExecutable(value) ? value : undefined) : onPath(value, env);
    if (path) return { path, source };
  }
  for (const name of BROWSER_NAMES) {
    const path = onPath(name, env);
    if (path) return { path, source: 'PATH' };
  }
  const fallback = options.fallback ?? DEFAULT_BROWSER;
  return isExecutable(fallback) ? { path: fallback, source: 'default' } : undefined;
}
