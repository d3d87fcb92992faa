import { testRule } from '../../../../test/support/rule-tester.js';
import { unreachableStep } from './unreachable-step.js';

testRule(unreachableStep, {
  valid: [
    'process p { step a { next: b } step b { decide { "x" -> c  otherwise -> a } } step c { end } }',
  ],
  invalid: ['process p { step a { end } step «b» { next: a } }'],
});
