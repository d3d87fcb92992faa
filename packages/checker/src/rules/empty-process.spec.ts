import { testRule } from '../../../../test/support/rule-tester.js';
import { emptyProcess } from './empty-process.js';

testRule(emptyProcess, {
  valid: ['process p { step a { end } }'],
  invalid: ['process «p» { owner: r }'],
});
