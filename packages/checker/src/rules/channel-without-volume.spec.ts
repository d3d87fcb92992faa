import { testRule } from '../../../../test/support/rule-tester.js';
import { channelWithoutVolume } from './channel-without-volume.js';

testRule(channelWithoutVolume, {
  valid: ['channel c { volume: 100/day }', 'channel d { volume: 3000/month }', 'channel sms { medium: sms  direction: outbound }'],
  invalid: ['channel «c» { hours: "24/7" }', 'role a {}\nchannel «calls» { direction: outbound  handled_by: a  hours: "24/7" }'],
});
