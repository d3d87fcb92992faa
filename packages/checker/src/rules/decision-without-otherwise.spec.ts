import { testRule } from '../../../../test/support/rule-tester.js';
import { decisionWithoutOtherwise } from './decision-without-otherwise.js';

testRule(decisionWithoutOtherwise, {
  valid: ['process p { step a { decide { "x" -> b  otherwise -> b } } step b { end } }'],
  invalid: ['process p { step a { «decide» { "x" -> b  "y" -> b } } step b { end } }'],
});
