import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, item 8: ccp's Markdown escaped `[x](javascript:...)`, yet inside the text of one of ccp's own links
 * (`[name](process-x.md#step)`) marked still rendered it as a live link. Every Markdown output is rendered here with
 * marked (the renderer GitHub-like viewers and static-site tools use) and every link must be one ccp made.
 */

const payloads = ['[x](javascript:alert(1))', 'see https://evil.example/x, www.evil.example and boss@evil.example', '[x]( javascript:alert(1) )', '![i](https://evil.example/t.png)', '<a href="javascript:alert(1)">y</a>', '[x][r]\n[r]: javascript:alert(1)', 'Corpwww.evil.example/t after a word (marked links www. anywhere)'];

function design(p: string): string {
  const q = JSON.stringify(p);
  return `project p ${q} { sponsor: boss  vision: ${q}  goals: ${q}  constraints: ${q} }
stage use ${q} { description: ${q} }
persona per ${q} { segment: ${q}  channels: phone }
role boss ${q} { headcount: 2  competencies: ${q}  access: crm read write }
system crm ${q} { kind: crm  vendor: ${q} }
data cust ${q} { in: crm  personal: true  basis: contract }
channel phone ${q} { volume: 100/day  aht: 5m  hours: "Mo-Fr 08:00-16:00"  service_level: 80% in 20s  handled_by: boss }
touchpoint t ${q} { channel: phone  initiated_by: customer  stage: use  reason: ${q}  starts: x  personas: per }
process x ${q} { owner: boss  sourcing: outsourced to ${q}  internal_owner: boss
  step a ${q} { by: boss  uses: f  reads: cust  decide {
    ${q} -> b
    otherwise -> b
  } }
  step b ${q} { by: boss  end }
}
function f ${q} { priority: must  system: crm  roles: boss  description: ${q}  acceptance: ${q} }
kpi k ${q} { definition: ${q}  channel: phone  target: <= 20s  source: crm }
`;
}

/** Every href and src in the HTML that marked makes of the Markdown. */
function targets(md: string): string[] {
  const html = marked.parse(md, { async: false }) as string;
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
}

describe('Markdown outputs rendered by marked link only where ccp links', () => {
  for (const payload of payloads) {
    it(`docs and diff with ${JSON.stringify(payload)} in every text`, async () => {
      const dir = tempProject({ 'old/a.ccp': 'role boss {}\n', 'new/a.ccp': design(payload) }, 'ccp-md-');
      const out = mkdtempSync(join(tmpdir(), 'ccp-md-out-'));
      expect((await runCli(['docs', 'new', '--out', out, '--no-html'], dir)).code).toBeLessThan(2);
      const files = readdirSync(out).filter((f) => f.endsWith('.md'));
      expect(files.length).toBeGreaterThan(1);
      const diff = await runCli(['diff', 'old', 'new'], dir);
      for (const md of [...files.map((f) => readFileSync(join(out, f), 'utf8')), diff.stdout]) {
        for (const t of targets(md)) expect(t, t).toMatch(/^(#[\w-]+|[\w-]+\.md(#[\w%.-]+)?|blueprint-[\w-]+\.svg)$/u);
      }
    });
  }
});
