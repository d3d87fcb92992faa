import type { Rule } from '../rule.js';
import { channelWithoutHours } from './channel-without-hours.js';
import { channelWithoutVolume } from './channel-without-volume.js';
import { complaintsWithoutOwner } from './complaints-without-owner.js';
import { deadEndStep } from './dead-end-step.js';
import { decisionWithoutOtherwise } from './decision-without-otherwise.js';
import { duplicateId } from './duplicate-id.js';
import { emptyProcess } from './empty-process.js';
import { functionNotPermitted } from './function-not-permitted.js';
import { functionWithoutPriority } from './function-without-priority.js';
import { grantContradictsDeny } from './grant-contradicts-deny.js';
import { kpiWithoutTarget } from './kpi-without-target.js';
import { missingDataAccess } from './missing-data-access.js';
import { nextCrossesProcess } from './next-crosses-process.js';
import { outsourcedWithoutInternalOwner } from './outsourced-without-internal-owner.js';
import { personalDataWithoutBasis } from './personal-data-without-basis.js';
import { processNotStarted } from './process-not-started.js';
import { profileDoesNotAddUp } from './profile-does-not-add-up.js';
import { projectWithoutSponsor } from './project-without-sponsor.js';
import { reportingCycle } from './reporting-cycle.js';
import { reviewCostsMoreThanValue } from './review-costs-more-than-value.js';
import { satisfactionOutOfRange } from './satisfaction-out-of-range.js';
import { sharesDoNotAddUp } from './shares-do-not-add-up.js';
import { singlePersonRoleWithoutBackup } from './single-person-role-without-backup.js';
import { touchpointWithoutChannel } from './touchpoint-without-channel.js';
import { touchpointWithoutProcess } from './touchpoint-without-process.js';
import { undefinedReference } from './undefined-reference.js';
import { unownedStep } from './unowned-step.js';
import { unreachableStep } from './unreachable-step.js';
import { unreadableHours } from './unreadable-hours.js';
import { unusedFunction } from './unused-function.js';

/** Every rule, one line each. Adding a rule: its file, its spec, docs/rules/<id>.md, and a line here. */
export const rules: readonly Rule[] = [
  // errors
  undefinedReference,
  duplicateId,
  unownedStep,
  missingDataAccess,
  grantContradictsDeny,
  functionNotPermitted,
  nextCrossesProcess,
  decisionWithoutOtherwise,
  sharesDoNotAddUp,
  reportingCycle,
  unreadableHours,
  profileDoesNotAddUp,
  satisfactionOutOfRange,
  // warnings
  unreachableStep,
  deadEndStep,
  touchpointWithoutProcess,
  touchpointWithoutChannel,
  processNotStarted,
  emptyProcess,
  unusedFunction,
  functionWithoutPriority,
  outsourcedWithoutInternalOwner,
  personalDataWithoutBasis,
  channelWithoutHours,
  channelWithoutVolume,
  kpiWithoutTarget,
  singlePersonRoleWithoutBackup,
  projectWithoutSponsor,
  complaintsWithoutOwner,
  reviewCostsMoreThanValue,
];
