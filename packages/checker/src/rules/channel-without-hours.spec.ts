import { testRule } from '../../../../test/support/rule-tester.js';
import { channelWithoutHours } from './channel-without-hours.js';

testRule(channelWithoutHours, {
  valid: ['channel c { hours: "24/7" }', '// an outage SMS nobody answers\nchannel sms { medium: sms  direction: outbound }'],
  invalid: ['channel «c» { volume: 10/day }', '// an outbound calling campaign has agents\nrole a {}\nchannel «calls» { direction: outbound  handled_by: a  volume: 10/day }'],
});
