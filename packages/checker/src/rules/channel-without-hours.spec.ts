import { testRule } from '../../../../test/support/rule-tester.js';
import { channelWithoutHours } from './channel-without-hours.js';

testRule(channelWithoutHours, {
  valid: ['channel c { hours: "24/7" }'],
  invalid: ['channel «c» { volume: 10/day }'],
});
