import { testRule } from '../../../../test/support/rule-tester.js';
import { unusedFunction } from './unused-function.js';

testRule(unusedFunction, {
  valid: ['function f {}\nprocess p { step a { uses: f  end } }', 'function backups { category: continuity }'],
  invalid: ['function «f» { priority: must }'],
});
