import type { Messages } from '../messages/index.js';
import type { DataEntity, ModelIndex, Ref, Role, Step } from '@ccp/core';
import type { Finding, Rule } from '../rule.js';

const READ = 1;
const WRITE = 2;

/** What a role may do: its grants (systems and data, read and write as bits) and what its policy denies. */
interface RoleAccess {
  grants: Map<string, number>;
  denied: Set<string>;
}

function accessOf(role: Role): RoleAccess {
  const grants = new Map<string, number>();
  for (const g of role.access) grants.set(g.target.id, (grants.get(g.target.id) ?? 0) | (g.read ? READ : 0) | (g.write ? WRITE : 0));
  return { grants, denied: new Set((role.deny ?? []).map((d) => d.id)) };
}

/** The system or data id of `data` that the role's policy denies, if any. */
function deniedBy(data: DataEntity, access: RoleAccess): string | undefined {
  if (access.denied.has(data.id)) return data.id;
  if (data.system && access.denied.has(data.system.id)) return data.system.id;
  return undefined;
}

/** Whether a function the step uses records the data: an integration that brings it. */
function provided(step: Step, data: DataEntity, index: ModelIndex): boolean {
  for (const use of step.uses) {
    const fn = index.functions.get(use.id);
    if (fn?.records.some((r) => r.id === data.id)) return true;
  }
  return false;
}

function finding(t: Messages, step: Step, role: Role, data: DataEntity, ref: Ref, mode: 'read' | 'write'): Finding {
  return {
    message: t.missingDataAccess({ step: step.id, mode, data: data.id, role: role.id, ...(data.system ? { system: data.system.id } : {}) }),
    loc: ref.loc,
    related: [{ message: t.roleDeclaredHere({ role: role.id }), loc: role.idLoc }],
  };
}

function deniedFinding(t: Messages, step: Step, role: Role, data: DataEntity, ref: Ref, mode: 'read' | 'write', policy: string): Finding {
  return {
    message: t.missingDataAccessDenied({ step: step.id, mode, data: data.id, role: role.id, policy }),
    loc: ref.loc,
    related: [{ message: t.roleDeclaredHere({ role: role.id }), loc: role.idLoc }],
  };
}

export const missingDataAccess: Rule = {
  id: 'missing-data-access',
  description: 'Grant the role of a step access to the data the step reads or writes.',
  severity: 'error',
  check({ index, links, t, report }) {
    const byRole = new Map<Role, RoleAccess>();
    const dataById = index.data;
    const check = (step: Step, role: Role, access: RoleAccess, ref: Ref, mode: 'read' | 'write') => {
      const data = dataById.get(ref.id);
      if (!data) return;
      const bits = (access.grants.get(data.id) ?? 0) | (data.system ? (access.grants.get(data.system.id) ?? 0) : 0);
      const bit = mode === 'read' ? READ : WRITE;
      const policy = access.denied.size ? deniedBy(data, access) : undefined;
      if (policy) {
        // a grant against the policy is grant-contradicts-deny's finding; a grant on the system does not lift a
        // deny on the data itself (the more specific policy wins), so only a grant on the data counts then
        const granted = policy === data.id ? (access.grants.get(data.id) ?? 0) : bits;
        if (!(granted & bit) && !provided(step, data, index)) report(deniedFinding(t, step, role, data, ref, mode, policy));
        return;
      }
      if (!(bits & bit)) report(finding(t, step, role, data, ref, mode));
    };
    return {
      step(step) {
        if (!step.role || (step.reads.length === 0 && step.writes.length === 0)) return;
        const role = index.roles.get(step.role.id);
        if (!role || links.faults.invalid(role, 'access')) return;
        let access = byRole.get(role);
        if (!access) byRole.set(role, (access = accessOf(role)));
        for (const ref of step.reads) check(step, role, access, ref, 'read');
        for (const ref of step.writes) check(step, role, access, ref, 'write');
      },
    };
  },
};
