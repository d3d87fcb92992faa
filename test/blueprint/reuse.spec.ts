import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateBlueprints, type BlueprintDrawings } from '@ccp/generators/blueprint';

/**
 * `ccp serve` draws the blueprints of every version of a design; a caller's `drawings` keep what was laid out, and a
 * blueprint is drawn again only when what it shows changed. Reused or not, the SVG is the same as drawn afresh.
 */
const design = (touchpointName: string, stepName = 'Take the call', extra = '') => ({
  'main.ccp': `
persona young "Young professional" { channels: chat }
persona senior "Senior customer" { channels: phone }
role agent "Agent" {}
channel chat "Chat" {}
channel phone "Phone" {}
touchpoint ask "${touchpointName}" { channel: chat  starts: help  personas: young }
touchpoint call "Call the hotline" { channel: phone  starts: help  personas: senior }
process help "Help" {
  step take "${stepName}" { by: agent  end }
}
${extra}`,
});

describe('service blueprints drawn again only where they changed', () => {
  it('reuses an unchanged drawing (the same object), even when lines above it moved', () => {
    const drawings: BlueprintDrawings = new Map();
    const first = generateBlueprints(analyzeSources(design('Ask in chat')).model, { drawings });
    expect(first.map((b) => b.name)).toEqual(['blueprint-young', 'blueprint-senior']);
    const kept = new Map([...drawings].map(([k, v]) => [k, v.drawing]));
    // a comment on top moves every source position; nothing a blueprint shows changed
    const moved = analyzeSources({ 'main.ccp': `// a note\n\n${design('Ask in chat')['main.ccp']}` }).model;
    const second = generateBlueprints(moved, { drawings });
    expect(second.map((b) => b.svg)).toEqual(first.map((b) => b.svg));
    for (const [k, v] of drawings) expect(v.drawing).toBe(kept.get(k));
  });

  it('draws again only the persona whose blueprint shows the change, and the result equals a fresh drawing', () => {
    const drawings: BlueprintDrawings = new Map();
    generateBlueprints(analyzeSources(design('Ask in chat')).model, { drawings });
    const before = new Map([...drawings].map(([k, v]) => [k, v.drawing]));
    const model = analyzeSources(design('Ask our chat bot')).model;
    const reused = generateBlueprints(model, { drawings });
    expect(drawings.get('young')!.drawing).not.toBe(before.get('young'));
    expect(drawings.get('senior')!.drawing).toBe(before.get('senior'));
    expect(reused.find((b) => b.name === 'blueprint-young')!.svg).toContain('Ask our chat bot');
    expect(reused).toEqual(generateBlueprints(model));
  });

  it('forgets a persona that is gone, and draws a new one', () => {
    const drawings: BlueprintDrawings = new Map();
    generateBlueprints(analyzeSources(design('Ask in chat')).model, { drawings });
    const without = analyzeSources({ 'main.ccp': design('Ask in chat')['main.ccp'].replace(/^persona senior.*$/m, '') }).model;
    expect(generateBlueprints(without, { drawings }).map((b) => b.name)).toEqual(['blueprint-young']);
    expect([...drawings.keys()]).toEqual(['young']);
    const added = analyzeSources(design('Ask in chat', 'Take the call', 'persona firm "Small business" { channels: phone }\ntouchpoint visit "Visit a branch" { channel: phone  starts: help  personas: firm }')).model;
    expect(generateBlueprints(added, { drawings })).toEqual(generateBlueprints(added));
    expect([...drawings.keys()].sort()).toEqual(['firm', 'senior', 'young']);
  });
});
