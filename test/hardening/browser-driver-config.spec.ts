import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '@ccp/render';
import { repoRoot } from '../support/paths.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, item 1: nothing committed to a project may make ccp run a program. The browser driver used to be
 * `puppeteer`, which reads its configuration from the working folder and its parents (cosmiconfig) and runs a
 * `.puppeteerrc.cjs` or `puppeteer.config.js` as code when it is imported: `ccp build` in a pull request's checkout
 * ran the file. ccp now drives the browser with puppeteer-core, which reads no configuration. The CLI runs as its own
 * process here, from inside the project, because the configuration search starts from the process's working folder.
 */

const bin = join(repoRoot, 'packages/cli/bin/ccp.js');
const run = promisify(execFile);

const design = 'project p { sponsor: boss }\nrole boss { headcount: 2 }\nprocess x { owner: boss\n  step a { by: boss  end }\n}\n';

/** Each file leaves a marker named after itself if it ever runs as code. */
const mark = (name: string) => `require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran-${name}'), 'x');\n`;
const hostileFiles: Record<string, string> = {
  '.puppeteerrc.cjs': mark('puppeteerrc-cjs') + 'module.exports = {};\n',
  '.puppeteerrc.js': mark('puppeteerrc-js') + 'module.exports = {};\n',
  'puppeteer.config.cjs': mark('puppeteer-config-cjs') + 'module.exports = {};\n',
  '.config/puppeteerrc.cjs': mark('config-puppeteerrc') + 'module.exports = {};\n',
  // a JSON configuration cannot run code, but it could name an executable: it must not be read either
  'package.json': JSON.stringify({ name: 'hostile', puppeteer: { executablePath: './tools/x.sh' } }),
  'tools/x.sh': '#!/bin/sh\ntouch "$(dirname "$0")/../ran-executable"\nexit 1\n',
};

describe('configuration files of the browser driver in a project', () => {
  const browser = findBrowser();
  it.skipIf(!browser && !process.env.CI)('are neither run nor read when ccp renders its diagrams', async () => {
    const dir = tempProject({ 'design.ccp': design, ...hostileFiles }, 'ccp-driver-config-');
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dir, 'tools/x.sh'), 0o755);
    const cases: [string[], RegExp][] = [
      [['diagram', '.', '--format', 'svg'], /Rendered 2 of 2 diagrams \(svg\)/],
      [['build', '.'], /2 × \.svg in out\/diagrams/],
    ];
    for (const [args, rendered] of cases) {
      const { stdout } = await run(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      expect(stdout, args.join(' ')).toMatch(rendered);
    }
    expect(existsSync(join(dir, 'out', 'diagrams', 'process-x.svg'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('ran-'))).toEqual([]);
  });
});
