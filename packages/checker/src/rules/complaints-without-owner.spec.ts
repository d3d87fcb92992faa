import { testRule } from '../../../../test/support/rule-tester.js';
import { complaintsWithoutOwner } from './complaints-without-owner.js';

testRule(complaintsWithoutOwner, {
  valid: ['role r {}\nprocess complaint { owner: r }', 'process sales {}', 'process complaint_archive { category: archive }'],
  invalid: ['process «complaint» {}', 'process «x» "Obsługa reklamacji" {}', 'process «y» { category: complaints }'],
});
