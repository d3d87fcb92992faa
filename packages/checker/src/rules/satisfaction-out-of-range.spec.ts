import { testRule } from '../../../../test/support/rule-tester.js';
import { satisfactionOutOfRange } from './satisfaction-out-of-range.js';

testRule(satisfactionOutOfRange, {
  valid: [
    'touchpoint t { satisfaction: 1 }',
    'touchpoint t { satisfaction: 5  pain: "Long wait"  moment_of_truth: true }',
    'touchpoint t { zadowolenie: 3 }',
    'touchpoint t { initiated_by: customer }',
  ],
  invalid: [
    'touchpoint t { satisfaction: «0» }',
    'touchpoint t { feeling: «7» }',
    'touchpoint t { satisfaction: «3.5» }',
  ],
});
