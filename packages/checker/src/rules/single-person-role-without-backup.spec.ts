import { testRule } from '../../../../test/support/rule-tester.js';
import { singlePersonRoleWithoutBackup } from './single-person-role-without-backup.js';

testRule(singlePersonRoleWithoutBackup, {
  valid: ['role a { headcount: 1  backup: b }\nrole b { headcount: 3 }', 'role c {}'],
  invalid: ['role «a» { headcount: 1 }'],
});
