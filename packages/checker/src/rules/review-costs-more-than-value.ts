import type { Money, Step } from '@ccp/core';
import type { Rule } from '../rule.js';

const money = (amount: number, currency?: string) => `${Number(amount.toFixed(2))}${currency ? ` ${currency}` : ''}`;

/** A currency as a decision writes it after an amount: a three-letter code or a symbol (`250 GBP`, `250 zł`). */
const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit) || ['£', '€', '$', 'zł'].includes(unit);

/**
 * The amount below which the step's decision lets cases through without review, when it states one
 * (`amount < 250 GBP -> pay`): its text and the amount.
 */
function threshold(step: Step): { text: string; money: Money } | undefined {
  for (const b of step.decision?.branches ?? []) {
    const c = b.comparison;
    if (!c || c.value === undefined || (c.op !== '<' && c.op !== '<=')) continue;
    if (c.unit && !isCurrency(c.unit)) continue;
    return { text: b.condition ?? '', money: c.unit ? { amount: c.value, currency: c.unit } : { amount: c.value } };
  }
  return undefined;
}

/**
 * DOMAIN.md, a good CX department: when handling a claim costs more than the claim is worth, accept it without
 * review. A step with a `decide` block is a review; its cost is its handling time times its role's hourly rate.
 * What is at stake is the threshold its decision states (`amount < 250 GBP -> pay`: cases above it are reviewed),
 * else its `value:`. Steps without either, `time` or a rate for their role, or in another currency, are not judged.
 */
export const reviewCostsMoreThanValue: Rule = {
  id: 'review-costs-more-than-value',
  description: 'Accept cases without review when reviewing them costs more than the value at stake.',
  severity: 'warning',
  check({ model, t, report }) {
    const roles = new Map(model.roles.map((r) => [r.id, r]));
    return {
      step(step) {
        if (!step.decision || step.handlingSeconds === undefined || !step.role) return;
        const stated = threshold(step);
        const value = stated?.money ?? step.valueAtStake;
        if (!value) return;
        const rate = roles.get(step.role.id)?.hourlyRate;
        if (!rate) return;
        if ((rate.currency ?? '') !== (value.currency ?? '') && rate.currency && value.currency) return;
        const cost = (step.handlingSeconds / 3600) * rate.amount;
        if (cost <= value.amount) return;
        const costText = money(cost, rate.currency);
        const valueText = money(value.amount, value.currency);
        const message = stated
          ? t.reviewCostsMoreThanThreshold({ step: step.id, cost: costText, threshold: valueText, condition: stated.text })
          : t.reviewCostsMoreThanValue({ step: step.id, cost: costText, value: valueText });
        report({ message, loc: step.idLoc, data: { cost: cost.toFixed(2), value: String(value.amount) } });
      },
    };
  },
};
