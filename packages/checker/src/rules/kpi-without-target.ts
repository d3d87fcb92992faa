import type { Rule } from '../rule.js';

export const kpiWithoutTarget: Rule = {
  id: 'kpi-without-target',
  description: 'Give every KPI a target.',
  severity: 'warning',
  check({ model, links, report }) {
    for (const k of model.kpis)
      if (!k.target && !links.faults.invalid(k, 'target')) report({ message: `KPI '${k.id}' has no target; add e.g. 'target: <= 20s'.`, loc: k.idLoc });
  },
};
