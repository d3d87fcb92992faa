import { describe, expect, it } from 'vitest';
import { analyzeSources, formatText } from '@ccp/language';
import { runRules } from '@ccp/checker';
import { toJson } from '@ccp/generators/json';
import { processCost } from '@ccp/staffing';

function read(text: string) {
  const analysis = analyzeSources({ 'main.ccp': text });
  return { analysis, diagnostics: analysis.diagnostics, findings: runRules(analysis) };
}

const claims = `role agent { rate: 60 GBP/h }
process claims {
  quantities: disputed_amount, claim_value
  step assess {
    by: agent
    time: 10m
    decide {
      disputed_amount < 250 GBP 30% -> pay
      claim_value < handling_cost 20% -> pay
      otherwise 50% -> review
    }
  }
  step pay { by: agent  time: 5m  end }
  step review { by: agent  time: 60m  end }
}
`;

describe('decisions with conditions and shares', () => {
  it('reads comparisons and shares into the model and JSON', () => {
    const { analysis, diagnostics } = read(claims);
    expect(diagnostics).toEqual([]);
    const branches = analysis.model.processes[0]!.steps[0]!.decision!.branches;
    expect(branches.map((b) => [b.condition, b.share])).toEqual([
      ['disputed_amount < 250 GBP', 0.3],
      ['claim_value < handling_cost', 0.2],
      [undefined, 0.5],
    ]);
    expect(branches[0]!.comparison).toMatchObject({ quantity: 'disputed_amount', op: '<', value: 250, unit: 'GBP' });
    expect(branches[1]!.comparison).toMatchObject({ quantity: 'claim_value', op: '<', other: 'handling_cost' });
    const json = toJson(analysis.model) as { processes: { quantities: string[]; steps: { decision?: object[] }[] }[] };
    expect(json.processes[0]!.quantities).toEqual(['disputed_amount', 'claim_value']);
    expect(json.processes[0]!.steps[0]!.decision![0]).toEqual({
      condition: 'disputed_amount < 250 GBP',
      otherwise: false,
      target: 'pay',
      comparison: { quantity: 'disputed_amount', op: '<', value: 250, unit: 'GBP' },
      share: 0.3,
    });
  });

  it('gives the expected cost of a case from the shares', () => {
    const { analysis } = read(claims);
    const roles = new Map(analysis.model.roles.map((r) => [r.id, r]));
    const cost = processCost(analysis.model.processes[0]!, roles);
    // 10 GBP to assess, then 50% x 60 GBP (review) + 50% x 5 GBP (pay)
    expect(cost.expected).toEqual({ amount: 42.5, currency: 'GBP' });
    expect(cost.cheapest).toEqual({ amount: 15, currency: 'GBP' });
    expect(cost.costliest).toEqual({ amount: 70, currency: 'GBP' });
    const unweighted = read(claims.replace(/ \d+% ->/g, ' ->')).analysis;
    expect(processCost(unweighted.model.processes[0]!, roles).expected).toBeUndefined();
  });

  it('refuses a comparison of an undeclared quantity, with the closest declared one', () => {
    const { diagnostics } = read(claims.replace('disputed_amount < 250', 'disputed_amont < 250'));
    expect(diagnostics.map((d) => d.code)).toEqual(['CCP2005']);
    expect(diagnostics[0]!.suggestion).toBe("Did you mean 'disputed_amount'?");
  });

  it('says what a branch looks like when a line of a decide block is not one', () => {
    for (const wrong of ['amount < 250 GBP pay', 'amount < -> pay', 'owner: x']) {
      const { diagnostics } = read(`process p { quantities: amount\n step a { decide {\n ${wrong}\n otherwise -> b } } step b { end } }`);
      expect(diagnostics.map((d) => d.code), wrong).toHaveLength(1);
      expect(diagnostics[0]!.message, wrong).toContain("'quantity < value -> step'");
      expect(diagnostics[0]!.message, wrong).not.toContain("Expected ':'");
    }
  });

  it('reports shares that do not add up to 100%, once', () => {
    const { diagnostics, findings } = read(claims.replace('otherwise 50%', 'otherwise 40%'));
    expect(diagnostics).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['shares-do-not-add-up']);
  });

  it('formats a branch of several atoms on one line, idempotently', () => {
    const once = formatText(claims.replace('disputed_amount < 250 GBP 30% -> pay', 'disputed_amount   <  250   GBP 30%  ->   pay'));
    expect(once.diagnostics).toEqual([]);
    expect(once.text).toContain('      disputed_amount < 250 GBP 30% -> pay\n');
    expect(formatText(once.text).text).toBe(once.text);
  });
});
