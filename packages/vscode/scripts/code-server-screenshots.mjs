#!/usr/bin/env node
// Runs the packaged extension in a real VS Code (code-server, in Chromium through playwright-core) and takes
// screenshots: diagnostics, completion, hover, the status bar, and a server that cannot start. Not part of CI
// (code-server is ~500 MB and takes minutes to install); it checks what the tests cannot: that VS Code installs the
// .vsix, activates it, starts the bundled server with no `ccp` on the PATH, and shows what the server says.
// Each step waits for what it checks and the script exits 1 if one never appears.
//
// 6. "ccp: Open preview" beside the editor: the page follows the cursor, and a click on a diagram node and on a
//    heading opens the source line (`6-preview.png`, `7-preview-reveal.png`).
// Usage: node packages/vscode/scripts/code-server-screenshots.mjs --code-server PATH [--out DIR] [--vsix FILE] [--only-preview]
//   --code-server  the code-server launcher (bin/code-server of `npm install code-server@4.100.3`; see the README)
//   --out          where the PNGs go (default packages/vscode/.tmp/screenshots)
//   --vsix         an existing .vsix (default: made now with package-vsix.mjs)
//   --only-preview only step 6
// Chromium: /usr/bin/chromium (or CHROMIUM=path).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const codeServer = arg('--code-server', process.env.CODE_SERVER);
if (!codeServer || !existsSync(codeServer)) {
  console.error('code-server-screenshots: pass --code-server <path of bin/code-server> (see packages/vscode/README.md).');
  process.exit(2);
}
const out = resolve(arg('--out', join(repo, 'packages', 'vscode', '.tmp', 'screenshots')));
const work = mkdtempSync(join(tmpdir(), 'ccp-code-server-'));
const userData = join(work, 'user-data');
const extensions = join(work, 'extensions');
const workspace = join(work, 'designs');
mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) if (/^failed-\d+\.png$/.test(name)) rmSync(join(out, name)); // from an earlier run
mkdirSync(join(userData, 'User'), { recursive: true });
for (const example of ['acme-contact-center', 'gaps']) cpSync(join(repo, 'examples', example), join(workspace, example), { recursive: true });
// one workspace folder per project (until the server finds projects by their ccp.config.json, issue 18 must-show 2,
// a folder holding two projects is analysed as one)
const workspaceFile = join(workspace, 'designs.code-workspace');
writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'acme-contact-center' }, { path: 'gaps' }] }));

const settingsFile = join(userData, 'User', 'settings.json');
const writeSettings = (extra = {}) =>
  writeFileSync(
    settingsFile,
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'window.commandCenter': false,
      'chat.disableAIFeatures': true,
      ...extra,
    }),
  );
writeSettings();

// No `ccp` anywhere on the PATH the extension sees: only Node's folder and the system's.
const env = { ...process.env, PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':') };
try {
  execFileSync('sh', ['-c', 'command -v ccp'], { env, stdio: 'pipe' });
  throw new Error('`ccp` is on the PATH the test gives code-server: remove it, the point is to run without it');
} catch (error) {
  if (String(error.message).includes('on the PATH')) throw error;
}

const vsix = arg('--vsix', join(work, 'ccp.vsix'));
if (!existsSync(vsix)) execFileSync(process.execPath, [join(here, 'package-vsix.mjs'), '--out', vsix], { stdio: 'inherit' });
const common = ['--config', join(work, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
execFileSync(codeServer, [...common, '--install-extension', vsix], { env, stdio: 'inherit' });

const port = await new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});
const server = spawn(codeServer, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
await new Promise((ok, fail) => {
  const timer = setTimeout(() => fail(new Error(`code-server did not start:\n${serverLog}`)), 120_000);
  const check = () => (serverLog.includes('HTTP server listening') ? (clearTimeout(timer), ok()) : setTimeout(check, 200));
  check();
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`console ${m.type()}: ${m.text()}`));
  const shot = async (name) => {
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(`${join(out, `${name}.png`)}`);
  };
  /** Waits for a locator; records a failure (with a screenshot) instead of stopping. */
  const expectVisible = async (what, locator, timeout = 60_000) => {
    try {
      await locator.first().waitFor({ state: 'visible', timeout });
      console.log(`ok: ${what}`);
      return true;
    } catch {
      failures.push(what);
      console.log(`FAILED: ${what}`);
      await shot(`failed-${failures.length}`);
      return false;
    }
  };
  const command = async (title) => {
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type(title);
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
  };
  const openFile = async (name) => {
    await page.keyboard.press('Control+P');
    await page.keyboard.type(name);
    await expectVisible(`quick open finds ${name}`, page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }), 90_000);
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await expectVisible(`${name} opens`, page.locator('.tab.active').filter({ hasText: name }), 30_000);
  };
  const statusItem = page.locator('.statusbar-item[id$="ccp.server"]');

  await page.goto(`http://127.0.0.1:${port}/?workspace=${encodeURIComponent(workspaceFile)}`, { timeout: 180_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(3000);

  if (!process.argv.includes('--only-preview')) {
  // 1. diagnostics from the bundled server, and the status bar saying it runs
  await openFile('gaps.ccp');
  await expectVisible('the status bar shows the server running', statusItem.locator('.codicon-check'));
  await expectVisible('error squiggles in gaps.ccp', page.locator('.squiggly-error'));
  await page.keyboard.press('Control+Shift+M');
  await expectVisible('the Problems panel lists ccp findings', page.locator('.markers-panel .monaco-list-row').filter({ hasText: /reports to itself/ }));
  await shot('1-diagnostics');
  await page.keyboard.press('Control+Shift+M');

  // 2. completion of roles after `by: `
  await openFile('hotline.ccp');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('process demo {\nstep one {\nby: vendor');
  await page.keyboard.press('Control+Space');
  await expectVisible('completion offers the roles', page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'vendor_agent' }));
  await shot('2-completion');
  await page.keyboard.press('Escape');

  // 3. hover on an id
  await page.keyboard.type('_agent');
  await page.keyboard.press('ArrowLeft');
  await command('Show or Focus Hover');
  await expectVisible('hover describes the role', page.locator('.monaco-hover').filter({ hasText: /vendor_agent|Vendor|role/i }));
  await shot('3-hover');
  await page.keyboard.press('Escape');

  // 4. the restart command
  await command('ccp: Restart language server');
  await expectVisible('after "ccp: Restart language server" the server runs again', statusItem.locator('.codicon-check'));
  await statusItem.first().hover();
  await page.waitForTimeout(1500);
  await shot('4-status-bar');

  // 5. a server that cannot start, chosen by a setting, without a reload: the message says why and how to fix it
  await command('Preferences: Open Settings (UI)');
  await page.locator('.settings-editor .suggest-input-container').first().waitFor({ timeout: 30_000 });
  await page.keyboard.type('ccp.server.path');
  // machine-scoped: in code-server (a remote window) it lives in the Remote settings, not the User ones
  await page.locator('.settings-tabs-widget .action-label').filter({ hasText: 'Remote' }).first().click();
  await page.waitForTimeout(2000);
  const input = page.locator('.setting-item-contents').filter({ hasText: 'Server: Path' }).locator('input').first();
  const setPath = async (value) => {
    try {
      await input.fill(value, { timeout: 30_000 });
      await input.press('Tab');
    } catch (error) {
      failures.push(`set ccp.server.path to "${value}" in the Settings editor (${error.message.split('\n')[0]})`);
      await shot(`failed-${failures.length}`);
    }
  };
  await setPath('/nonexistent/ccp');
  await expectVisible('a bad ccp.server.path is reported with its fix', page.locator('.notifications-toasts').filter({ hasText: /was not found/ }));
  await expectVisible('the status bar shows the failure', statusItem.locator('.codicon-error'));
  await shot('5-server-cannot-start');
  await setPath('');
  await expectVisible('clearing the setting brings the bundled server back', statusItem.locator('.codicon-check'));
  }

  // 6. the preview beside the editor: the page of the project in a webview (an iframe of the preview server's
  // address as asExternalUri gives it: code-server's /proxy/<port>/), following the cursor; clicks reveal the source
  await openFile('complaints.ccp');
  await expectVisible('the status bar shows the server running', statusItem.locator('.codicon-check'));
  await command('ccp: Open preview');
  const previewFrame = async () => {
    for (let i = 0; i < 120; i++) {
      for (const f of page.frames()) {
        if (!/\/proxy\/\d+\/[A-Za-z0-9_-]+\/|127\.0\.0\.1:\d+\/[A-Za-z0-9_-]+\//.test(f.url())) continue;
        if (await f.evaluate(() => document.body?.dataset.version !== undefined).catch(() => false)) return f;
      }
      await page.waitForTimeout(500);
    }
    return undefined;
  };
  const frame = await previewFrame();
  if (!frame) {
    failures.push('the preview shows the page');
    console.log(`FAILED: the preview shows the page (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
    for (const f of page.frames().filter((f) => f.url().includes('/proxy/'))) {
      console.log(await f.evaluate(async () => [document.readyState, document.body?.dataset.version, document.getElementById('live')?.textContent, [...document.scripts].map((s) => s.src), await fetch('api/page').then((r) => r.status, (e) => String(e))]).catch((e) => String(e)));
    }
    console.log(consoleLines.join('\n'));
    await shot(`failed-${failures.length}`);
  } else {
    console.log(`ok: the preview shows the page (${frame.url()})`);
    const goToLine = async (line) => {
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
    };
    // the cursor inside the step `investigate` (declared on line 39 of complaints.ccp): the page shows it
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(42);
    await page.keyboard.press('Escape');
    const open = async (id) => {
      try {
        await frame.waitForFunction((i) => document.getElementById(i)?.classList.contains('is-open') === true, id, { timeout: 30_000 });
        console.log(`ok: the preview follows the cursor to #${id}`);
      } catch {
        failures.push(`the preview follows the cursor to #${id}`);
        console.log(`FAILED: the preview follows the cursor to #${id}`);
      }
    };
    await open('step-complaint-investigate');
    // a click on the flowchart's node of `refund` opens its line in the editor
    const node = frame.locator('#process-complaint figure.diagram svg g.node[id*="-flowchart-st_refund-"]');
    // diagrams are drawn as they come into view: bring the flowchart there (again, if the page moved meanwhile)
    for (let i = 0; i < 6 && !(await node.count()); i++) {
      await frame.evaluate(() => document.querySelector('#process-complaint figure.diagram')?.scrollIntoView());
      await page.waitForTimeout(5000);
    }
    if (!(await expectVisible('the flowchart is drawn in the preview', node))) {
      console.log(await frame.evaluate(() => [typeof window.mermaid, document.querySelectorAll('svg').length, document.querySelectorAll('pre.mermaid-source').length, document.querySelectorAll('.not-drawn').length, JSON.stringify(performance.getEntriesByType('resource').filter((e) => e.name.includes('mermaid')).map((e) => [e.duration, e.transferSize, e.responseStatus]))]));
    }
    await node.first().click();
    await expectVisible('a click on a diagram node moves the cursor to its step', page.locator('.statusbar-item').filter({ hasText: /Ln 51, Col 8/ }), 30_000);
    // the page stays on what was clicked (the cursor moved because of the click)
    await page.waitForTimeout(1500);
    const inView = await frame.evaluate(() => {
      const r = document.querySelector('#process-complaint figure.diagram svg g.node[id*="-flowchart-st_refund-"]')?.getBoundingClientRect();
      return r !== undefined && r.bottom > 0 && r.top < window.innerHeight;
    });
    if (!inView) {
      failures.push('the page stays on the clicked node');
      console.log('FAILED: the page stays on the clicked node');
    } else console.log('ok: the page stays on the clicked node');
    await page.keyboard.press('Control+1');
    await page.waitForTimeout(1000);
    await shot('6-preview');
    // a click on a role's heading opens organisation.ccp there
    await frame.locator('#role-agent h3').click();
    await expectVisible('a click on a heading opens its file', page.locator('.tab.active').filter({ hasText: 'organisation.ccp' }), 30_000);
    await page.waitForTimeout(1000);
    await shot('7-preview-reveal');
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`code-server-screenshots: ${failures.length} check(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`code-server-screenshots: all checks passed; screenshots in ${out}`);
