import type { Rule } from '../rule.js';

export const kpiWithoutTarget: Rule = {
  id: 'kpi-without-target',
  description: 'Give every KPI a target.',
  severity: 'warning',
  check({ model, links, t, report }) {
    for (const k of model.kpis)
      if (!k.target && !links.faults.invalid(k, 'target')) report({ message: t.kpiWithoutTarget({ kpi: k.id }), loc: k.idLoc });
  },
};
