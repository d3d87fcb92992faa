import type { DataEntity, Ref, Role, Step } from '@ccp/core';
import type { Finding, Rule } from '../rule.js';

const READ = 1;
const WRITE = 2;

/** The ids a role has grants on (systems and data entities), with read and write as bits. */
function grantsOf(role: Role): Map<string, number> {
  const grants = new Map<string, number>();
  for (const g of role.access) grants.set(g.target.id, (grants.get(g.target.id) ?? 0) | (g.read ? READ : 0) | (g.write ? WRITE : 0));
  return grants;
}

/** The data entity a reference names, when its role may not `mode` it (directly or through its system). */
function denied(ref: Ref, grants: Map<string, number>, mode: number, dataById: ReadonlyMap<string, DataEntity>): DataEntity | undefined {
  const data = dataById.get(ref.id);
  if (!data) return undefined;
  const bits = (grants.get(data.id) ?? 0) | (data.system ? (grants.get(data.system.id) ?? 0) : 0);
  return bits & mode ? undefined : data;
}

function finding(step: Step, role: Role, data: DataEntity, ref: Ref, mode: 'read' | 'write'): Finding {
  const where = data.system ? ` or on system '${data.system.id}'` : '';
  return {
    message: `Step '${step.id}' ${mode === 'read' ? 'reads' : 'writes'} '${data.id}', but its role '${role.id}' has no ${mode} access to it; grant '${mode}' on '${data.id}'${where}, or provide it through an integration.`,
    loc: ref.loc,
    related: [{ message: `Role '${role.id}' is declared here.`, loc: role.idLoc }],
  };
}

export const missingDataAccess: Rule = {
  id: 'missing-data-access',
  description: 'Grant the role of a step access to the data the step reads or writes.',
  severity: 'error',
  check({ index, links, report }) {
    const grantsByRole = new Map<Role, Map<string, number>>();
    const dataById = index.data;
    return {
      step(step) {
        if (!step.role || (step.reads.length === 0 && step.writes.length === 0)) return;
        const role = index.roles.get(step.role.id);
        if (!role || links.faults.invalid(role, 'access')) return;
        let grants = grantsByRole.get(role);
        if (!grants) grantsByRole.set(role, (grants = grantsOf(role)));
        for (const ref of step.reads) {
          const data = denied(ref, grants, READ, dataById);
          if (data) report(finding(step, role, data, ref, 'read'));
        }
        for (const ref of step.writes) {
          const data = denied(ref, grants, WRITE, dataById);
          if (data) report(finding(step, role, data, ref, 'write'));
        }
      },
    };
  },
};
