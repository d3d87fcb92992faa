import { testRule } from '../../../../test/support/rule-tester.js';
import { unownedStep } from './unowned-step.js';

testRule(unownedStep, {
  valid: ['role agent {}\nprocess p { step a { by: agent  end } }', 'process empty {}'],
  invalid: ['process p { step «a» { end } }', 'role r {}\nprocess p { step a { by: r  next: b } step «b» { end } }'],
});
