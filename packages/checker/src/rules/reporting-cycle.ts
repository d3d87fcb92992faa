import type { Rule } from '../rule.js';

export const reportingCycle: Rule = {
  id: 'reporting-cycle',
  description: "Keep reporting lines ('reports_to:') free of cycles.",
  severity: 'error',
  check({ model, index, t, report }) {
    const reported = new Set<string>();
    for (const start of model.roles) {
      const path: string[] = [];
      const onPath = new Set<string>();
      let current = index.roles.get(start.id);
      while (current && !onPath.has(current.id)) {
        path.push(current.id);
        onPath.add(current.id);
        current = current.reportsTo ? index.roles.get(current.reportsTo.id) : undefined;
      }
      if (!current || current.id !== start.id || reported.has(start.id)) continue;
      for (const id of path) reported.add(id);
      report({
        message: t.reportingCycle({ role: start.id, path: [...path, start.id].join(' -> ') }),
        loc: start.reportsTo!.loc,
      });
    }
  },
};
