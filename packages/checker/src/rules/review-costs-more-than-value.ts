import type { Rule } from '../rule.js';

const money = (amount: number, currency?: string) => `${Number(amount.toFixed(2))}${currency ? ` ${currency}` : ''}`;

/**
 * DOMAIN.md, a good CX department: when handling a claim costs more than the claim is worth, accept it without
 * review. A step with a `decide` block is a review; its cost is its handling time times its role's hourly rate.
 * Steps without `value`, `time` or a rate for their role, or with a rate in another currency, are not judged.
 */
export const reviewCostsMoreThanValue: Rule = {
  id: 'review-costs-more-than-value',
  description: 'Accept cases without review when reviewing them costs more than the value at stake.',
  severity: 'warning',
  check({ model, report }) {
    const roles = new Map(model.roles.map((r) => [r.id, r]));
    return {
      step(step) {
        const value = step.valueAtStake;
        if (!step.decision || !value || step.handlingSeconds === undefined || !step.role) return;
        const rate = roles.get(step.role.id)?.hourlyRate;
        if (!rate) return;
        if ((rate.currency ?? '') !== (value.currency ?? '') && rate.currency && value.currency) return;
        const cost = (step.handlingSeconds / 3600) * rate.amount;
        if (cost <= value.amount) return;
        report({
          message: `Reviewing a case in step '${step.id}' costs ${money(cost, rate.currency)}, more than the ${money(value.amount, value.currency)} at stake; accept such cases without review.`,
          loc: step.idLoc,
          data: { cost: cost.toFixed(2), value: String(value.amount) },
        });
      },
    };
  },
};
