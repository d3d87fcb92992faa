import { testRule } from '../../../../test/support/rule-tester.js';
import { projectWithoutSponsor } from './project-without-sponsor.js';

testRule(projectWithoutSponsor, {
  valid: ['role boss {}\nproject p { sponsor: boss }', 'role boss {}\nprojekt p { sponsor: boss }'],
  invalid: ['project «p» { vision: "x" }', '«»role r {}'],
});
