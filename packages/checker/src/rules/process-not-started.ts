import type { Rule } from '../rule.js';

export const processNotStarted: Rule = {
  id: 'process-not-started',
  description: 'Start every to-be process from a touchpoint or from a step of another process.',
  severity: 'warning',
  check({ model, index, links, t, report }) {
    for (const process of model.processes) {
      if (process.variant === 'as_is') continue;
      if (index.touchpointsStarting(process.id).length || index.stepsCalling(process.id).length) continue;
      if (links.faults.suggested('process', process.id)) continue; // a misspelled 'starts:' or 'calls:' meant it
      report({
        message: t.processNotStarted({ process: process.id }),
        loc: process.idLoc,
      });
    }
  },
};
