import { testRule } from '../../../../test/support/rule-tester.js';
import { undefinedReference } from './undefined-reference.js';

testRule(undefinedReference, {
  valid: [
    'role agent {}\nprocess p { step a { by: agent  end } }',
    { 'a.ccp': 'role agent {}', 'b.ccp': 'process p { step a { by: agent  end } }' },
    'system crm {}\nfunction f { system: contact_center }',
  ],
  invalid: [
    'role agent {}\nprocess p { step a { by: «agnet»  end } }',
    'system crm {}\nprocess p { step a { by: «crm»  end } }',
    'process p { step a { next: «b» } }',
    'role r { access: «nothing» read }',
  ],
});
