import { testRule } from '../../../../test/support/rule-tester.js';
import { reviewCostsMoreThanValue } from './review-costs-more-than-value.js';

const role = 'role expert { rate: 90 PLN/h }\n';

testRule(reviewCostsMoreThanValue, {
  valid: [
    // 3 minutes at 90 PLN/h is 4.50 PLN, less than the 40 PLN at stake
    role + 'process p { step assess { by: expert  time: 3m  value: 40 PLN  decide { "small" -> done  otherwise -> done } } step done { end } }',
    // no decision: nothing is reviewed
    role + 'process p { step assess { by: expert  time: 30m  value: 20 PLN  next: done } step done { end } }',
    // no rate, no time or no value: not judged
    'role expert {}\nprocess p { step assess { by: expert  time: 30m  value: 20 PLN  decide { "x" -> done  otherwise -> done } } step done { end } }',
    role + 'process p { step assess { by: expert  value: 20 PLN  decide { "x" -> done  otherwise -> done } } step done { end } }',
    role + 'process p { step assess { by: expert  time: 30m  decide { "x" -> done  otherwise -> done } } step done { end } }',
    // another currency is not compared
    role + 'process p { step assess { by: expert  time: 30m  value: 20 EUR  decide { "x" -> done  otherwise -> done } } step done { end } }',
    // the stated threshold is above the 45 PLN a review costs, whatever the value
    role + 'process p { quantities: amount\n step assess { by: expert  time: 30m  value: 20 PLN  decide { amount < 100 PLN -> done  otherwise -> done } } step done { end } }',
  ],
  invalid: [
    // 30 minutes at 90 PLN/h is 45 PLN, more than the 20 PLN at stake
    role + 'process p { step «assess» { by: expert  time: 30m  value: 20 PLN  decide { "x" -> done  otherwise -> done } } step done { end } }',
    // amounts without a currency compare too
    // the stated threshold: cases from 20 to 45 PLN are reviewed at a loss
    role + 'process p { quantities: amount\n step «assess» { by: expert  time: 30m  decide { amount < 20 PLN 80% -> done  otherwise 20% -> done } } step done { end } }',
    'role expert { rate: 60 }\nprocess p { step «review» { by: expert  time: 1h  value: 50  decide { "x" -> done  otherwise -> done } } step done { end } }',
  ],
});
