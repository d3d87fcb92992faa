import { testRule } from '../../../../test/support/rule-tester.js';
import { duplicateId } from './duplicate-id.js';

testRule(duplicateId, {
  valid: [
    'role agent {}\nsystem crm {}',
    'process p { step a { end } }\nprocess q { step a { end } }',
  ],
  invalid: [
    'role agent {}\nrole «agent» {}',
    { 'a.ccp': 'role agent {}', 'b.ccp': 'system «agent» {}' },
    'process p { step a { next: a } step «a» { end } }',
  ],
});
