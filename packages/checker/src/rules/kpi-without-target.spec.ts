import { testRule } from '../../../../test/support/rule-tester.js';
import { kpiWithoutTarget } from './kpi-without-target.js';

testRule(kpiWithoutTarget, {
  valid: ['kpi asa { target: <= 20s }'],
  invalid: ['kpi «asa» { definition: "x" }'],
});
