import { testRule } from '../../../../test/support/rule-tester.js';
import { sharesDoNotAddUp } from './shares-do-not-add-up.js';

testRule(sharesDoNotAddUp, {
  valid: [
    'process p { step a { decide { "x" -> b  otherwise -> b } } step b { end } }',
    'process p { step a { decide { "x" 30% -> b  otherwise 70% -> b } } step b { end } }',
    'process p { quantities: amount\n step a { decide { amount < 250 GBP 33.3% -> b  "y" 33.3% -> b  otherwise 33.4% -> b } } step b { end } }',
  ],
  invalid: [
    'process p { step a { «decide» { "x" 30% -> b  otherwise 60% -> b } } step b { end } }',
    'process p { step a { «decide» { "x" 30% -> b  otherwise -> b } } step b { end } }',
  ],
});
