import { testRule } from '../../../../test/support/rule-tester.js';
import { profileDoesNotAddUp } from './profile-does-not-add-up.js';

testRule(profileDoesNotAddUp, {
  valid: [
    'channel c { intraday: 08:00 50%, 12:00 50% }',
    'channel c { weekly: mo 20%, tu 20%, we 20%, th 20%, fr 19.5% }',
    // a partial seasonality claims no total
    'channel c { seasonality: nov 120%, dec 140% }',
    'channel c { seasonality: jan 90%, feb 90%, mar 100%, apr 100%, may 100%, jun 90%, jul 80%, aug 80%, sep 100%, oct 110%, nov 120%, dec 140% }',
  ],
  invalid: [
    'channel c { «intraday: 08:00 25%, 12:00 25%» }',
    'channel c {\n  «weekly: mo 40%, tu 40%, we 40%, th 40%»\n}',
    'channel c { «seasonality: jan 100%, feb 100%, mar 100%, apr 100%, may 100%, jun 100%, jul 100%, aug 100%, sep 100%, oct 100%, nov 120%, dec 140%» }',
  ],
});
