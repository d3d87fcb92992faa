import { testRule } from '../../../../test/support/rule-tester.js';
import { functionNotPermitted } from './function-not-permitted.js';

testRule(functionNotPermitted, {
  valid: [
    'role agent {}\nfunction f { roles: agent }\nprocess p { step a { by: agent  uses: f  end } }',
    'role agent {}\nfunction f {}\nprocess p { step a { by: agent  uses: f  end } }',
  ],
  invalid: ['role agent {}\nrole boss {}\nfunction f { roles: boss }\nprocess p { step a { by: agent  uses: «f»  end } }'],
});
