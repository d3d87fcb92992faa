import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBlueprints } from '@ccp/generators/blueprint';
import { fixturesDir, modelOf } from '../mermaid/load-fixture.js';

/**
 * Golden files of the service blueprint: `test/fixtures/blueprint-<case>/input.ccp` beside `expected-<name>.svg`.
 * `CCP_UPDATE_GOLDEN=1 npx vitest run test/blueprint` rewrites them (review the diff).
 */
const update = process.env.CCP_UPDATE_GOLDEN === '1';
const cases = readdirSync(fixturesDir).filter((d) => d.startsWith('blueprint-')).sort();

describe('service blueprint golden files', () => {
  it('finds the cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (name) => {
    const dir = join(fixturesDir, name);
    const blueprints = generateBlueprints(modelOf(dir));
    expect(blueprints.length).toBeGreaterThan(0);
    const expectedFiles = readdirSync(dir).filter((f) => f.startsWith('expected-')).sort();
    if (update) {
      mkdirSync(dir, { recursive: true });
      for (const b of blueprints) writeFileSync(join(dir, `expected-${b.name}.svg`), b.svg);
      return;
    }
    expect(blueprints.map((b) => `expected-${b.name}.svg`).sort()).toEqual(expectedFiles);
    for (const b of blueprints) {
      const file = join(dir, `expected-${b.name}.svg`);
      expect(existsSync(file)).toBe(true);
      expect(b.svg, file).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('is deterministic and escapes every text', () => {
    const model = modelOf(join(fixturesDir, 'blueprint-port'));
    const [a] = generateBlueprints(model);
    const [b] = generateBlueprints(model);
    expect(a!.svg).toBe(b!.svg);
    expect(a!.svg).not.toContain('<b>');
    expect(a!.svg).toContain('&lt;b&gt;rozliczenia&lt;/b&gt;');
    expect(a!.svg).toContain('Pytanie &lt;&amp;&gt;');
    expect(a!.svg).toContain('Klient &quot;przenoszący&quot; numer');
  });

  it('derives frontstage from the channel roles and lets a step set it', () => {
    const svg = generateBlueprints(modelOf(join(fixturesDir, 'blueprint-port')))[0]!.svg;
    const kindOf = (text: string) => new RegExp(`<g class="(front|back)"><rect[^>]*/><text[^>]*>(?:◇ )?${text}`).exec(svg)?.[1];
    expect(kindOf('Przyjęcie wniosku')).toBe('front'); // doradca answers the shop
    expect(kindOf('Sprawdzenie u')).toBe('back'); // back office: internal
    expect(kindOf('Potwierdzenie')).toBe('front'); // visibility: front
    expect(kindOf('Odmowa')).toBe('back'); // visibility: back, although doradca answers the shop
    expect(svg).toContain('class="line-front"');
    expect(svg).toContain('class="line-back"');
    expect(svg).toContain('class="line-support"');
    expect(svg).toMatch(/class="score score-2"/);
    expect(svg).toContain('★ moment prawdy');
  });
});
