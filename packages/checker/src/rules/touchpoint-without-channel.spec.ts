import { testRule } from '../../../../test/support/rule-tester.js';
import { touchpointWithoutChannel } from './touchpoint-without-channel.js';

testRule(touchpointWithoutChannel, {
  valid: ['channel phone {}\ntouchpoint t { channel: phone }'],
  invalid: ['touchpoint «t» { initiated_by: company }'],
});
