import { testRule } from '../../../../test/support/rule-tester.js';
import { touchpointWithoutProcess } from './touchpoint-without-process.js';

testRule(touchpointWithoutProcess, {
  valid: ['process p {}\ntouchpoint t { starts: p }'],
  invalid: ['touchpoint «t» { initiated_by: customer }'],
});
