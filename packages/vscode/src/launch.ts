import { existsSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/**
 * How the extension starts its language server. No VS Code API here, so that the choice and the messages can be
 * tested with plain Node.
 */
export type Launch =
  /** The server bundled with the extension (out/server.cjs), forked on VS Code's own Node over IPC. */
  | { kind: 'bundled'; module: string }
  /** `ccp.server.path` names a script (`.js`, `.mjs`, `.cjs`): run as `node <it> lsp --stdio` on VS Code's Node. */
  | { kind: 'script'; script: string }
  /** `ccp.server.path` names a command: run as `<it> lsp --stdio`. */
  | { kind: 'command'; command: string }
  /** It cannot be started: why, and how to fix it. */
  | { kind: 'problem'; why: string; fix: string };

/** The file of the bundled server, inside the extension's folder. */
export const SERVER_FILE = 'out/server.cjs';

const SETTING = 'the `ccp.server.path` setting';
const CLEAR = `clear ${SETTING} to use the server that comes with the extension`;

/** A regular file, or false (missing, a folder, unreadable). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file a command name stands for on the PATH, or undefined. */
export function findOnPath(command: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const extensions = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) if (isFile(join(dir, command + ext))) return join(dir, command + ext);
  }
  return undefined;
}

/**
 * What to start: the `ccp.server.path` setting when it is set (a script or a command), else the bundled server.
 * Anything that cannot work is found here, before starting, and said with its fix.
 */
export function planLaunch(configured: string | undefined, extensionPath: string, env: NodeJS.ProcessEnv = process.env): Launch {
  const path = (configured ?? '').trim();
  if (!path) {
    const module = join(extensionPath, SERVER_FILE);
    if (!isFile(module)) {
      return {
        kind: 'problem',
        why: `The language server that comes with the extension is missing ("${module}").`,
        fix: `Reinstall the ccp extension, or set ${SETTING} to a ccp command.`,
      };
    }
    return { kind: 'bundled', module };
  }
  if (/\.[cm]?js$/.test(path)) {
    if (!isAbsolute(path)) return { kind: 'problem', why: `The script "${path}" set in ${SETTING} is not an absolute path.`, fix: `Give its full path, or ${CLEAR}.` };
    if (!isFile(path)) return { kind: 'problem', why: `The script "${path}" set in ${SETTING} does not exist.`, fix: `Correct the path, or ${CLEAR}.` };
    return { kind: 'script', script: path };
  }
  const found = isAbsolute(path) || /[\\/]/.test(path) ? (existsSync(path) ? path : undefined) : findOnPath(path, env);
  if (found === undefined) {
    return {
      kind: 'problem',
      why: `The command "${path}" set in ${SETTING} was not found${isAbsolute(path) ? '' : ' on the PATH'}.`,
      fix: `Install ccp there, correct the path, or ${CLEAR}.`,
    };
  }
  return { kind: 'command', command: path };
}

/** Where the server comes from, for the status bar's tooltip and for messages. */
export function describeLaunch(launch: Launch): string {
  switch (launch.kind) {
    case 'bundled':
      return 'the server bundled with the extension';
    case 'script':
      return `"${launch.script} lsp --stdio" (ccp.server.path)`;
    case 'command':
      return `"${launch.command} lsp --stdio" (ccp.server.path)`;
    case 'problem':
      return 'no server';
  }
}

/**
 * The message for a server that did not start or stopped: why (the server's last line of output, else the error),
 * and how to fix it.
 */
export function failureMessage(launch: Launch, error: unknown, serverOutput: string): string {
  if (launch.kind === 'problem') return `ccp: the language server cannot start. ${launch.why} ${launch.fix}`;
  const lastLine = serverOutput
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  const raw = error instanceof Error ? error.message : error === undefined ? '' : String(error);
  const why = lastLine ? `It said: "${lastLine}"` : raw ? `${raw.replace(/\.?$/, '.')}` : 'It stopped without a message.';
  const fix =
    launch.kind === 'bundled'
      ? 'See the output ("ccp: Show language server output") and run "ccp: Restart language server"; if it keeps failing, reinstall the extension.'
      : `Check that ${describeLaunch(launch)} works in a terminal (it needs Node.js 20.19 or newer), or ${CLEAR}.`;
  return `ccp: the language server (${describeLaunch(launch)}) stopped. ${why} ${fix}`;
}
