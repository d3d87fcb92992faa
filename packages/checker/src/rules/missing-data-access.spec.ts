import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from '../../../../test/support/rule-tester.js';
import { missingDataAccess } from './missing-data-access.js';

const base = 'system crm {}\ndata customer { in: crm }\n';

testRule(missingDataAccess, {
  valid: [
    base + 'role agent { access: customer read }\nprocess p { step a { by: agent  reads: customer  end } }',
    base + 'role agent { access: crm read write }\nprocess p { step a { by: agent  reads: customer  writes: customer  end } }',
    base + 'role agent { access: customer write }\nprocess p { step a { by: agent  writes: customer  end } }',
    // denied by policy, brought by an integration function the step uses
    base + 'role agent { deny: crm }\nfunction pull { category: integration  records: customer }\nprocess p { step a { by: agent  uses: pull  reads: customer  end } }',
    // a grant against the policy is grant-contradicts-deny's finding, not this rule's
    base + 'role agent { access: customer read  deny: crm }\nprocess p { step a { by: agent  reads: customer  end } }',
  ],
  invalid: [
    base + 'role agent { deny: crm }\nprocess p { step a { by: agent  reads: «customer»  end } }',
    base + 'role agent {}\nprocess p { step a { by: agent  reads: «customer»  end } }',
    base + 'role agent { access: crm read }\nprocess p { step a { by: agent  writes: «customer»  end } }',
    // a grant on the system does not lift a deny on the data it holds
    base + 'role agent { access: crm read write  deny: customer }\nprocess p { step a { by: agent  reads: «customer»  end } }',
  ],
});

describe('a denied role', () => {
  it('is told to use an integration function, not a grant', () => {
    const [f] = findingsOf(missingDataAccess, { 'main.ccp': base + 'role agent { deny: crm }\nprocess p { step a { by: agent  reads: customer  end } }' });
    expect(f!.message).toContain("may not access 'crm' by policy");
    expect(f!.message).toContain('integration function');
    expect(f!.message).not.toContain("add 'access:");
  });
});

describe('a role without the grant', () => {
  it('is told the exact line to add, and adding it clears the finding', () => {
    const [f] = findingsOf(missingDataAccess, { 'main.ccp': base + 'role agent {}\nprocess p { step a { by: agent  writes: customer  end } }' });
    expect(f!.message).toContain("add 'access: customer write' (or 'access: crm write') to role 'agent'");
    const fixed = findingsOf(missingDataAccess, { 'main.ccp': base + 'role agent { access: customer write }\nprocess p { step a { by: agent  writes: customer  end } }' });
    expect(fixed).toEqual([]);
  });
});
