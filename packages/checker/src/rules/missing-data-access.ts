import type { Ref, Role } from '@ccp/core';
import type { Rule } from '../rule.js';

function hasAccess(role: Role, dataId: string, systemId: string | undefined, mode: 'read' | 'write'): boolean {
  return role.access.some((g) => (g.target.id === dataId || (systemId !== undefined && g.target.id === systemId)) && g[mode]);
}

export const missingDataAccess: Rule = {
  id: 'missing-data-access',
  description: 'Grant the role of a step access to the data the step reads or writes.',
  severity: 'error',
  check({ model, index, report }) {
    for (const process of model.processes)
      for (const step of process.steps) {
        const role = step.role && index.roles.get(step.role.id);
        if (!role) continue;
        const check = (refs: Ref[], mode: 'read' | 'write') => {
          for (const ref of refs) {
            const data = index.data.get(ref.id);
            if (!data) continue;
            if (hasAccess(role, data.id, data.system?.id, mode)) continue;
            const where = data.system ? ` or on system '${data.system.id}'` : '';
            report({
              message: `Step '${step.id}' ${mode === 'read' ? 'reads' : 'writes'} '${data.id}', but its role '${role.id}' has no ${mode} access to it; grant '${mode}' on '${data.id}'${where}, or provide it through an integration.`,
              loc: ref.loc,
              related: [{ message: `Role '${role.id}' is declared here.`, loc: role.idLoc }],
            });
          }
        };
        check(step.reads, 'read');
        check(step.writes, 'write');
      }
  },
};
