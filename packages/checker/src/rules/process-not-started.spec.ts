import { testRule } from '../../../../test/support/rule-tester.js';
import { processNotStarted } from './process-not-started.js';

testRule(processNotStarted, {
  valid: [
    'process p {}\ntouchpoint t { starts: p }',
    'process p {}\ntouchpoint t { starts: p }\nprocess q {}\nprocess r { step a { calls: q  end } }\ntouchpoint u { starts: r }',
    'process old { variant: as_is }',
  ],
  invalid: ['process «lonely» {}'],
});
