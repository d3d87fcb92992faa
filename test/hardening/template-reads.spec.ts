import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessage } from '@ccp/core';
import { loadTemplates, MAX_TEMPLATE_BYTES } from '@ccp/generators/docs';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, must-show 2 for templates: a project's `templates/` is read like every other file, only regular files
 * within MAX_TEMPLATE_BYTES, opened without blocking and checked with fstat on the opened descriptor. A link, a
 * device, a FIFO, a socket or a bigger file is skipped, named in a warning, and the default of that name is used.
 */

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

async function socketAt(path: string): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  servers.push(server);
}

describe('template files that are not regular files, or too big, are not read', () => {
  it('loadTemplates skips a FIFO, a socket, a link to /dev/zero and an oversized file, each with its reason', async () => {
    const dir = tempProject({ 'templates/partials/extra.hbs': 'fine', 'templates/index.md.hbs': 'x'.repeat(MAX_TEMPLATE_BYTES + 1) });
    execFileSync('mkfifo', [join(dir, 'templates', 'spec.html.hbs')]);
    await socketAt(join(dir, 'templates', 'partials', 'style.hbs'));
    symlinkSync('/dev/zero', join(dir, 'templates', 'process.md.hbs'));
    const loaded = loadTemplates(join(dir, 'templates'));
    expect(loaded.skipped.map((s) => cliMessage(s, 'en')).sort()).toEqual([
      "Template 'index.md.hbs' is over the 1,048,576-byte limit for a template; it is not read.",
      "Template 'partials/style.hbs' is not a regular file; it is not read.",
      "Template 'process.md.hbs' is a symbolic link; it is not read.",
      "Template 'spec.html.hbs' is not a regular file; it is not read.",
    ]);
    expect(loaded.skipped.map((s) => cliMessage(s, 'pl')).sort()).toEqual([
      "Szablon 'index.md.hbs' przekracza limit 1\u00a0048\u00a0576 bajtów dla szablonu; nie jest czytany.",
      "Szablon 'partials/style.hbs' nie jest zwykłym plikiem; nie jest czytany.",
      "Szablon 'process.md.hbs' jest dowiązaniem symbolicznym; nie jest czytany.",
      "Szablon 'spec.html.hbs' nie jest zwykłym plikiem; nie jest czytany.",
    ]);
    expect(loaded.overridden).toEqual(['partials/extra']);
    const defaults = loadTemplates();
    for (const name of ['spec.html', 'index.md', 'process.md', 'partials/style']) expect(loaded.templates[name], name).toBe(defaults.templates[name]);
  });

  it('a template of exactly the limit is read', () => {
    const dir = tempProject({ 'templates/partials/big.hbs': 'y'.repeat(MAX_TEMPLATE_BYTES) });
    const loaded = loadTemplates(join(dir, 'templates'));
    expect(loaded.skipped).toEqual([]);
    expect(loaded.templates['partials/big']).toHaveLength(MAX_TEMPLATE_BYTES);
  });

  it('ccp docs names skipped templates in its warnings and still writes the documents', async () => {
    const dir = tempProject({ 'ccp.config.json': '{}', 'a.ccp': 'role a {}\n' });
    mkdirSync(join(dir, 'templates', 'partials'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'templates', 'partials', 'style.hbs')]);
    writeFileSync(join(dir, 'templates', 'index.md.hbs'), 'z'.repeat(MAX_TEMPLATE_BYTES + 10));
    const r = await runCli(['docs', '.', '--no-svg', '--out', 'site'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain("Template 'partials/style.hbs' is not a regular file; it is not read.");
    expect(r.stdout + r.stderr).toContain("Template 'index.md.hbs' is over the 1,048,576-byte limit for a template; it is not read.");
    expect(readFileSync(join(dir, 'site', 'spec.html'), 'utf8')).toContain('<html');
    const pl = await runCli(['docs', '.', '--no-svg', '--out', 'site', '--lang', 'pl'], dir);
    expect(pl.code, pl.stderr).toBe(0);
    expect(pl.stderr).toContain("ccp: Szablon 'partials/style.hbs' nie jest zwykłym plikiem; nie jest czytany.");
    expect(pl.stderr).not.toContain('Template');
  });

  it('a template that does not compile is named, in the language ccp speaks', async () => {
    const dir = tempProject({ 'ccp.config.json': '{}', 'a.ccp': 'role a {}\n', 'templates/index.md.hbs': '{{#each}}' });
    const en = await runCli(['docs', '.', '--no-svg', '--out', 'site'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^ccp: Template 'index\.md': .+ \(in .+templates or the defaults\)\.\n$/s);
    const pl = await runCli(['docs', '.', '--no-svg', '--out', 'site', '--lang', 'pl'], dir);
    expect(pl.code).toBe(2);
    expect(pl.stderr).toMatch(/^ccp: Szablon 'index\.md': .+ \(w .+templates lub w szablonach domyślnych\)\.\n$/s);
  });
});
