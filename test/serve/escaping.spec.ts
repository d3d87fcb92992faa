import { existsSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.js';
import { rawRequest, startServe, type ServeProcess } from './support/serve-process.js';

/**
 * Text from .ccp files reaches the live page only as text (issue 21, must-show 4): every name, description and
 * condition carries markup, script and Mermaid payloads; the API's HTML has no markup from them, and in Chromium
 * no element, dialog or request comes of them, whether the diagrams are drawn or not.
 */
const payloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)' x='",
  '<a href="javascript:alert(6)">link</a>',
  '<iframe src="http://evil.example"></iframe>',
  '"]\n  click st_a call alert(7)\n  X["',
  '%%{init: {"securityLevel": "loose"}}%%',
  '<!--ccp:item x-->',
  '{{constructor.constructor "alert(9)"}}',
];
const text = payloads.join(' ');
const q = (s: string) => JSON.stringify(s);
const source = `
project p ${q(text)} { sponsor: a  vision: ${q(text)}  output_language: en }
role a ${q(text)} { headcount: 3  access: crm read write, cust read write }
system crm ${q(text)} { kind: crm  hosting: saas }
data cust ${q(text)} { in: crm  personal: true  basis: contract }
channel phone ${q(text)} { hours: "Mo-Fr 08:00-16:00"  volume: 500/day  aht: 5m  service_level: 80% in 20s }
persona who ${q(text)} { channels: phone }
touchpoint call ${q(text)} { channel: phone  initiated_by: customer  starts: proc }
process proc ${q(text)} {
  owner: a
  step first ${q(text)} { by: a  uses: fn  reads: cust  next: choose }
  step choose ${q(text)} {
    by: a
    decide {
      ${q(text)} -> last
      otherwise -> last
    }
  }
  step last ${q(text)} { by: a  end }
}
function fn ${q(text)} { priority: must  system: crm  roles: a  description: ${q(text)} }
function unused ${q(text)} { priority: nice  system: crm }
`;

let dir: string;
let serve: ServeProcess;
beforeAll(async () => {
  dir = tempProject({ 'ccp.config.json': '{}', 'main.ccp': source }, 'ccp-serve-hostile-');
  serve = await startServe(dir);
});
afterAll(async () => {
  await serve?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('ccp serve: hostile text', () => {
  it('has no markup from the design in the HTML it sends', async () => {
    const r = await rawRequest(serve.port, `/${serve.token}/api/page`);
    expect(r.status).toBe(200);
    const page = JSON.parse(r.body) as { sections: { head?: string; items: { html?: string }[] }[]; toc: { head?: string } };
    const all = [page.toc.head ?? '', ...page.sections.flatMap((s) => [s.head ?? '', ...s.items.map((i) => i.html ?? '')])].join('\n');
    // the page's own images (the service blueprints, drawn by ccp) are the only <img> allowed, in exactly this form
    const ours = /<img src="blueprint\/[A-Za-z0-9_.-]+\.svg\?r=\d+" alt="[^"<>]*" width="\d+" height="\d+" loading="lazy" decoding="async">/g;
    expect(all).toMatch(ours);
    const html = all.replace(ours, '');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<iframe|\son[a-z]+\s*=\s*['"]?alert|href="javascript:/i);
    expect(html).not.toContain('<!--ccp:');
    // the finding about 'unused' quotes its name, escaped too
    expect(page.sections.find((s) => s.items.some((i) => i.html?.includes('class="finding')))).toBeDefined();
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('shows it as text in Chromium: no element, dialog or request comes of it', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(serve.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.body.dataset.version !== undefined);
      await page.locator('#process-proc').scrollIntoViewIfNeeded();
      await page.waitForSelector('#process-proc figure.diagram svg', { timeout: 30_000 });
      await page.mouse.move(400, 400);
      expect(await page.locator('#process-proc h3').textContent()).toContain('<script>alert(1)</script>');
      expect(await page.locator('main script, main iframe, main img:not([src^="blueprint/"]), main [onerror], main [onmouseover], main a[href^="javascript:"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(`${new URL(serve.url).origin}/${serve.token}/`))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
