import { testRule } from '../../../../test/support/rule-tester.js';
import { nextCrossesProcess } from './next-crosses-process.js';

testRule(nextCrossesProcess, {
  valid: ['process p { step a { next: b } step b { end } }', 'process p { step a { calls: q  end } }\nprocess q { step b { end } }'],
  invalid: [
    'process p { step a { next: «b» } }\nprocess q { step b { end } }',
    'process p { step a { decide { "x" -> «b»  otherwise -> a } } }\nprocess q { step b { end } }',
  ],
});
