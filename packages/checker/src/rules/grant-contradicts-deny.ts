import type { Ref } from '@ccp/core';
import type { Rule } from '../rule.js';

/**
 * A policy says a role may not access a system or data (`deny: erp`); a grant on it, or on data held in it, says
 * the opposite. One of the two is wrong, and the spec would ask vendors for both.
 */
export const grantContradictsDeny: Rule = {
  id: 'grant-contradicts-deny',
  description: "Grant a role no access to a system or data its 'deny:' forbids.",
  severity: 'error',
  check({ model, index, t, report }) {
    for (const role of model.roles) {
      if (!role.deny?.length) continue;
      const denied = new Map<string, Ref>(role.deny.map((d) => [d.id, d]));
      for (const grant of role.access) {
        const id = grant.target.id;
        const system = index.data.get(id)?.system?.id;
        const deny = denied.get(id) ?? (system ? denied.get(system) : undefined);
        if (!deny) continue;
        report({
          message: t.grantContradictsDeny({ role: role.id, target: id, denied: deny.id }),
          loc: grant.loc,
          related: [{ message: t.policyDeniesHere({ denied: deny.id }), loc: deny.loc }],
        });
      }
    }
  },
};
