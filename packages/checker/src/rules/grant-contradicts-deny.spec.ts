import { testRule } from '../../../../test/support/rule-tester.js';
import { grantContradictsDeny } from './grant-contradicts-deny.js';

const base = 'system erp {}\nsystem crm {}\ndata order { in: erp }\n';

testRule(grantContradictsDeny, {
  valid: [
    base + 'role agent { access: crm read  deny: erp }',
    base + 'role agent { access: erp read }',
  ],
  invalid: [
    base + 'role agent { access: «erp read»  deny: erp }',
    base + 'role agent { access: crm read, «order read»  deny: erp }',
  ],
});
