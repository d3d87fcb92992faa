import { testRule } from '../../../../test/support/rule-tester.js';
import { personalDataWithoutBasis } from './personal-data-without-basis.js';

testRule(personalDataWithoutBasis, {
  valid: ['data d { personal: true  basis: contract }', 'data e { personal: false }'],
  invalid: ['data «d» { personal: true }'],
});
