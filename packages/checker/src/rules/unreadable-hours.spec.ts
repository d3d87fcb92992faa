import { testRule } from '../../../../test/support/rule-tester.js';
import { unreadableHours } from './unreadable-hours.js';

testRule(unreadableHours, {
  valid: [
    'channel c { hours: "Mo-Fr 08:00-20:00; Sa 09:00-15:00" }',
    'channel c { hours: "pon.-pt. 8:00-20:00, sob. 9:00-15:00" }',
    'channel c { hours: "24/7" }',
    'channel c { hours: "całodobowo" }',
    'channel c { volume: 10/day }',
  ],
  invalid: [
    'channel c { hours: "Mo-Fr 08:00-20:00 «answered» by the hotline" }',
    'channel c { hours: "«business» hours" }',
    'channel c { hours: "Mo-Fr «25:00»-26:00" }',
    'channel c { hours: "24/7, «answered» Mo-Fr 08:00-18:00" }',
    // the text ends too soon: the whole value
    'channel c { hours: «"sobota"» }',
    // an escape in the string: offsets no longer match the file, so the whole value
    'channel c { hours: «"Mo \\"x\\""» }',
  ],
});
