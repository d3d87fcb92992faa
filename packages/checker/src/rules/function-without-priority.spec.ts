import { testRule } from '../../../../test/support/rule-tester.js';
import { functionWithoutPriority } from './function-without-priority.js';

testRule(functionWithoutPriority, {
  valid: ['function f { priority: must }', 'function g { priority: nice }'],
  invalid: ['function «f» { system: crm }'],
});
