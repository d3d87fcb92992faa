import { testRule } from '../../../../test/support/rule-tester.js';
import { missingDataAccess } from './missing-data-access.js';

const base = 'system crm {}\ndata customer { in: crm }\n';

testRule(missingDataAccess, {
  valid: [
    base + 'role agent { access: customer read }\nprocess p { step a { by: agent  reads: customer  end } }',
    base + 'role agent { access: crm read write }\nprocess p { step a { by: agent  reads: customer  writes: customer  end } }',
    base + 'role agent { access: customer write }\nprocess p { step a { by: agent  writes: customer  end } }',
  ],
  invalid: [
    base + 'role agent {}\nprocess p { step a { by: agent  reads: «customer»  end } }',
    base + 'role agent { access: crm read }\nprocess p { step a { by: agent  writes: «customer»  end } }',
  ],
});
