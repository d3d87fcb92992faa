import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LiveProject, pageUpdate, type PageVersion } from '@ccp/serve';
import { tempProject } from '../support/temp-project.js';

/**
 * The service blueprints of `ccp serve` follow the design: drawn after the page, drawn again only when what they show
 * changed (a new `rev` in the image's address, so the browser fetches it), and listed in the table of contents.
 */
const main = (touchpoint: string, extra = '') => `
project p "P" { output_language: en }
persona young "Young professional" { channels: chat }
role agent "Agent" {}
channel chat "Chat" {}
touchpoint ask "${touchpoint}" { channel: chat  starts: help  personas: young }
process help "Help" {
  step take "Take the question" { by: agent  end }
}
${extra}
`;
const dir = tempProject({ 'ccp.config.json': '{}', 'main.ccp': main('Ask in chat') }, 'ccp-serve-blueprints-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function nextVersion(versions: PageVersion[], test: (v: PageVersion) => boolean): Promise<PageVersion> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const found = versions.find(test);
      if (found) return resolve(found);
      if (Date.now() - started > 30_000) return reject(new Error('no such version in 30 s'));
      setTimeout(look, 20);
    };
    look();
  });
}

describe('ccp serve: service blueprints', () => {
  it('shows each as an image of its own address, and draws it again only when it changed', async () => {
    const versions: PageVersion[] = [];
    const live = new LiveProject({ root: dir.split('\\').join('/'), poll: true, pollMs: 50, onVersion: (v) => versions.push(v) });
    try {
      const first = await live.start();
      expect(first.blueprints.map((b) => b.name)).toEqual(['blueprint-young']);
      const [shown] = first.blueprints;
      expect(shown!.svg).toContain('Ask in chat');
      const update = pageUpdate(first.version, first.content);
      const section = update.sections.find((s) => s.id === 'blueprints')!;
      expect(section.items[0]!.html).toContain(`<img src="blueprint/blueprint-young.svg?r=${shown!.rev}" alt="Service blueprint: Young professional"`);
      expect(update.toc!.head).toContain('<a href="#blueprints">Service blueprints</a>');

      // a change the blueprint does not show (a function no step uses): the same drawing, the same address
      const fn = 'function report "Monthly report" { priority: nice }';
      writeFileSync(join(dir, 'main.ccp'), main('Ask in chat', fn));
      const same = await nextVersion(versions, (v) => v.version > first.version && v.content.sections.some((s) => s.items.some((i) => i.html.includes('Monthly report'))));
      await new Promise((r) => setTimeout(r, 600)); // the blueprints are drawn after the page
      expect(live.current!.blueprints[0]).toBe(shown);
      expect(same.blueprints[0]).toBe(shown);

      // a change it shows: drawn again, with a new address
      writeFileSync(join(dir, 'main.ccp'), main('Ask our chat bot', fn));
      const redrawn = await nextVersion(versions, (v) => v.blueprints[0]!.svg.includes('Ask our chat bot'));
      expect(redrawn.blueprints[0]!.rev).toBeGreaterThan(shown!.rev);
      const html = redrawn.content.sections.find((s) => s.id === 'blueprints')!.items[0]!.html;
      expect(html).toContain(`blueprint-young.svg?r=${redrawn.blueprints[0]!.rev}"`);
      expect(readFileSync(join(dir, 'main.ccp'), 'utf8')).toContain('Ask our chat bot');
    } finally {
      live.stop();
    }
  });
});
