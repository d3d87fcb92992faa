import { testRule } from '../../../../test/support/rule-tester.js';
import { reportingCycle } from './reporting-cycle.js';

testRule(reportingCycle, {
  valid: ['role boss {}\nrole agent { reports_to: boss }'],
  invalid: ['role a { reports_to: «b» }\nrole b { reports_to: a }', 'role self { reports_to: «self» }'],
});
