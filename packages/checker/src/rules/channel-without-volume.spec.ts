import { testRule } from '../../../../test/support/rule-tester.js';
import { channelWithoutVolume } from './channel-without-volume.js';

testRule(channelWithoutVolume, {
  valid: ['channel c { volume: 100/day }', 'channel d { volume: 3000/month }'],
  invalid: ['channel «c» { hours: "24/7" }'],
});
