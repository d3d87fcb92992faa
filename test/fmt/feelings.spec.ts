import { describe, expect, it } from 'vitest';
import { analyzeSources, formatText } from '@ccp/language';
import { modelOf } from './model-shape.js';

/** Issue 20: satisfaction, pain points, moments of truth and step visibility survive `ccp fmt`. */
const messy = `touchpoint port_in "Zakup z przeniesieniem numeru" {
   channel: shop
 zadowolenie:   2
  pain: "Czeka 3 dni na aktywację",   "Dwa razy podaje te same dane" // ból klienta
 moment_prawdy: true }
process p { step a { by: agent  visibility: front  next: b }  step b { stage: backstage  end } }
channel shop {}
role agent {}
`;

describe('feelings in ccp fmt', () => {
  it('keeps every value and comment, and the model is the same', () => {
    const formatted = formatText(messy, 'main.ccp').text;
    expect(formatted).toContain('zadowolenie: 2');
    expect(formatted).toContain('"Czeka 3 dni na aktywację", "Dwa razy podaje te same dane" // ból klienta');
    expect(formatted).toContain('moment_prawdy: true');
    expect(modelOf(formatted)).toEqual(modelOf(messy));
    expect(formatText(formatted, 'main.ccp').text).toBe(formatted);
  });

  it('reads the values into the model', () => {
    const { model, diagnostics } = analyzeSources({ 'main.ccp': messy });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const tp = model.touchpoints[0]!;
    expect([tp.satisfaction, tp.pains, tp.momentOfTruth]).toEqual([2, ['Czeka 3 dni na aktywację', 'Dwa razy podaje te same dane'], true]);
    expect(model.processes[0]!.steps.map((s) => s.visibility)).toEqual(['front', 'back']);
  });
});
