import { testRule } from '../../../../test/support/rule-tester.js';
import { reportingCycle } from './reporting-cycle.js';

testRule(reportingCycle, {
  valid: ['role boss {}\nrole agent { reports_to: boss }'],
  invalid: ['role a { reports_to: «b» }\nrole b { reports_to: a }', 'role self { reports_to: «self» }',
    // a chain that runs into a cycle: the cycle is reported once, at its first role, not at the chain
    'role a { reports_to: b }\nrole b { reports_to: «c» }\nrole c { reports_to: d }\nrole d { reports_to: b }',
    // two cycles, each reported once
    'role a { reports_to: «b» }\nrole b { reports_to: a }\nrole c { reports_to: «d» }\nrole d { reports_to: c }',
  ],
});
