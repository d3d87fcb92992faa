import { testRule } from '../../../../test/support/rule-tester.js';
import { outsourcedWithoutInternalOwner } from './outsourced-without-internal-owner.js';

testRule(outsourcedWithoutInternalOwner, {
  valid: ['role m {}\nprocess p { sourcing: outsourced to "X"  internal_owner: m }', 'process q { sourcing: in_house }'],
  invalid: ['process «p» { sourcing: outsourced to "X" }', 'process «h» { sourcing: hybrid }'],
});
