import type { Rule } from '../rule.js';

const percent = (fraction: number) => `${Math.round(fraction * 10_000) / 100}%`;

/**
 * The shares of cases written on a decision's branches (`"small" 30% -> pay`) give the expected cost of a case;
 * they mean something only when every branch has one and together they make 100%.
 */
export const sharesDoNotAddUp: Rule = {
  id: 'shares-do-not-add-up',
  description: "Give every branch of a decision a share of cases, adding up to 100%, or give none.",
  severity: 'error',
  check: ({ links, t, report }) => ({
    step(step) {
      const d = step.decision;
      if (!d || links.faults.invalid(step, 'decide')) return;
      let given = 0;
      let sum = 0;
      for (const b of d.branches)
        if (b.share !== undefined) {
          given++;
          sum += b.share;
        }
      if (given === 0) return;
      const loc = { file: d.loc.file, start: d.loc.start, end: d.loc.start + 'decide'.length };
      if (given < d.branches.length)
        report({
          message: t.sharesMissing({ step: step.id, given, branches: d.branches.length }),
          loc,
        });
      else if (Math.abs(sum - 1) > 0.0005)
        report({
          message: t.sharesSum({ step: step.id, sum: percent(sum) }),
          loc,
          data: { sum: percent(sum) },
        });
    },
  }),
};
