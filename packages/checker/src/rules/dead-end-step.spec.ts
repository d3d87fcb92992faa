import { testRule } from '../../../../test/support/rule-tester.js';
import { deadEndStep } from './dead-end-step.js';

testRule(deadEndStep, {
  valid: ['process p { step a { next: b } step b { end } }', 'process p { step a { decide { otherwise -> a } } }'],
  invalid: ['process p { step a { next: b } step «b» {} }'],
});
