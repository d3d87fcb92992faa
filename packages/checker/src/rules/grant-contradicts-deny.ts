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
  check({ model, index, report }) {
    for (const role of model.roles) {
      if (!role.deny?.length) continue;
      const denied = new Map<string, Ref>(role.deny.map((d) => [d.id, d]));
      for (const grant of role.access) {
        const id = grant.target.id;
        const system = index.data.get(id)?.system?.id;
        const deny = denied.get(id) ?? (system ? denied.get(system) : undefined);
        if (!deny) continue;
        const through = deny.id === id ? '' : ` (it is held in system '${deny.id}')`;
        report({
          message: `Role '${role.id}' is granted access to '${id}'${through}, but its 'deny:' forbids access to '${deny.id}'; remove the grant or the deny.`,
          loc: grant.loc,
          related: [{ message: `The policy denies '${deny.id}' here.`, loc: deny.loc }],
        });
      }
    }
  },
};
