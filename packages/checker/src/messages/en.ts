import { diagnosticEn } from '@ccp/core';

/**
 * The English texts of every rule finding, one function per message. The Polish catalog (pl.ts) has the same keys,
 * checked by the compiler; a rule gets the catalog of the run's language as `ctx.t`.
 */
const article = (kind: string) => (kind === 'data' ? '' : /^[aeiou]/.test(kind) ? 'an ' : 'a ');

export const en = {
  // the texts of the reading, syntax and resolution diagnostics (CCP1xxx-3xxx): one catalog for every message
  ...diagnosticEn,
  channelWithoutHours: (a: { channel: string }) => `Channel '${a.channel}' has no opening hours; add 'hours: "Mo-Fr 08:00-20:00"'.`,
  channelWithoutVolume: (a: { channel: string }) => `Channel '${a.channel}' has no volume; add e.g. 'volume: 1200/day'.`,
  complaintsWithoutOwner: (a: { process: string }) => `Complaints process '${a.process}' has no owner to decide large disputes; add 'owner: <role>'.`,
  deadEndStep: (a: { step: string; process: string }) => `Step '${a.step}' of process '${a.process}' leads nowhere: add 'next: <step>', a 'decide' block, or the word 'end' on its own in the step.`,
  decisionWithoutOtherwise: (a: { step: string }) => `The decision in step '${a.step}' has no 'otherwise' branch; add 'otherwise -> <step>'.`,
  duplicateId: (a: { id: string; firstKind: string; process?: string }) =>
    `The id '${a.id}' is already used by a ${a.firstKind}${a.process ? ` in process '${a.process}'` : ''}; ids must be unique.`,
  duplicateIdFirst: (a: { id: string; firstKind: string }) => `The ${a.firstKind} '${a.id}' is declared here.`,
  emptyProcess: (a: { process: string }) => `Process '${a.process}' has no steps.`,
  functionNotPermitted: (a: { step: string; fn: string; role: string; allowed: string }) =>
    `Step '${a.step}' uses function '${a.fn}', which role '${a.role}' may not perform (allowed: ${a.allowed}).`,
  functionRolesHere: (a: { fn: string }) => `Function '${a.fn}' lists its roles here.`,
  functionWithoutPriority: (a: { fn: string }) => `Function '${a.fn}' has no priority; vendors need 'priority: must' or 'priority: nice'.`,
  grantContradictsDeny: (a: { role: string; target: string; denied: string }) =>
    `Role '${a.role}' is granted access to '${a.target}'${a.denied === a.target ? '' : ` (it is held in system '${a.denied}')`}, but its 'deny:' forbids access to '${a.denied}'; remove the grant or the deny.`,
  policyDeniesHere: (a: { denied: string }) => `The policy denies '${a.denied}' here.`,
  kpiWithoutTarget: (a: { kpi: string }) => `KPI '${a.kpi}' has no target; add e.g. 'target: <= 20s'.`,
  missingDataAccess: (a: { step: string; mode: 'read' | 'write'; data: string; role: string; system?: string }) =>
    `Step '${a.step}' ${a.mode === 'read' ? 'reads' : 'writes'} '${a.data}', but its role '${a.role}' has no ${a.mode} access to it; add 'access: ${a.data} ${a.mode}'${a.system ? ` (or 'access: ${a.system} ${a.mode}')` : ''} to role '${a.role}', or provide it through an integration.`,
  missingDataAccessDenied: (a: { step: string; mode: 'read' | 'write'; data: string; role: string; policy: string }) =>
    `Step '${a.step}' ${a.mode === 'read' ? 'reads' : 'writes'} '${a.data}'${a.policy === a.data ? '' : `, which is held in '${a.policy}'`}, but role '${a.role}' may not access '${a.policy}' by policy ('deny:'); bring the data through an integration function (e.g. 'function ${a.data}_from_${a.policy} { category: integration  records: ${a.data} }' in the step's 'uses:'), not a grant.`,
  roleDeclaredHere: (a: { role: string }) => `Role '${a.role}' is declared here.`,
  nextCrossesProcess: (a: { step: string; process: string; target: string; home: string }) =>
    `Step '${a.step}' of process '${a.process}' goes to step '${a.target}' of another process ('${a.home}'); use 'calls: ${a.home}' to hand over to that process.`,
  outsourcedWithoutInternalOwner: (a: { process: string; hybrid: boolean }) =>
    `Process '${a.process}' is ${a.hybrid ? 'partly outsourced' : 'outsourced'} but has no internal owner for the partnership; add 'internal_owner: <role>'.`,
  personalDataWithoutBasis: (a: { data: string }) => `Data '${a.data}' is personal but has no legal basis; add 'basis: contract' (or consent, legal_obligation, ...).`,
  processNotStarted: (a: { process: string }) =>
    `Process '${a.process}' is not started by any touchpoint or step; add a touchpoint with 'starts: ${a.process}' or a step with 'calls: ${a.process}'.`,
  projectWithoutSponsor: (a: { project: string }) => `Project '${a.project}' has no sponsor; without a board-level owner, stop. Add 'sponsor: <role>'.`,
  noProject: () => "The project has no 'project' declaration, so it has no vision and no sponsor; add 'project <id> \"Name\" { sponsor: <role> }'.",
  reportingCycle: (a: { role: string; path: string }) => `Role '${a.role}' reports to itself through ${a.path}; break the cycle.`,
  unreadableHours: (a: { channel: string; hours: string; reason: string }) =>
    `Channel '${a.channel}': the opening hours "${a.hours}" cannot be read: ${a.reason} Staffing would be planned on hours nobody wrote.`,
  profileDoesNotAddUp: (a: { channel: string; field: string; what: string; inflates: boolean }) =>
    `Channel '${a.channel}': the ${a.field} profile does not add up: ${a.what}, which ${a.inflates ? 'inflates' : 'shrinks'} the staffing plan.`,
  reviewCostsMoreThanThreshold: (a: { step: string; cost: string; threshold: string; condition: string }) =>
    `Reviewing a case in step '${a.step}' costs ${a.cost}, more than the ${a.threshold} threshold of its decision ('${a.condition}'); cases up to ${a.cost} cost more to review than they are worth, so raise the threshold to at least that.`,
  reviewCostsMoreThanValue: (a: { step: string; cost: string; value: string }) =>
    `Reviewing a case in step '${a.step}' costs ${a.cost}, more than the ${a.value} at stake; accept such cases without review.`,
  sharesMissing: (a: { step: string; given: number; branches: number }) =>
    `The decision in step '${a.step}' gives a share of cases for ${a.given} of its ${a.branches} branches; give one for every branch, adding up to 100%.`,
  sharesSum: (a: { step: string; sum: string }) => `The shares of the branches of the decision in step '${a.step}' add up to ${a.sum}, not 100%.`,
  singlePersonRoleWithoutBackup: (a: { role: string }) =>
    `Role '${a.role}' is held by one person and has no backup for holidays and sickness; add 'backup: <role>'.`,
  satisfactionOutOfRange: (a: { touchpoint: string; score: string }) =>
    `Touchpoint '${a.touchpoint}' has satisfaction ${a.score}; give a whole score from 1 (very unhappy) to 5 (delighted).`,
  touchpointWithoutChannel: (a: { touchpoint: string; channels: string[] }) =>
    `Touchpoint '${a.touchpoint}' has no channel; ${a.channels.length ? `add 'channel: ${a.channels.slice(0, 2).join(', ')}' (the channels it happens on)` : "declare its channel ('channel phone { ... }') and add 'channel: phone'"}.`,
  touchpointWithoutProcess: (a: { touchpoint: string; company: boolean }) =>
    `Touchpoint '${a.touchpoint}' starts no process, so nobody handles it; add 'starts: <process>'${a.company ? ", or 'informs: \"...\"' if it only notifies the customer" : ''}.`,
  wrongKind: (a: { id: string; found: string; field: string; owner: string; wanted: string }) =>
    `'${a.id}' is ${article(a.found)}${a.found}, but '${a.field}' of ${a.owner} needs ${article(a.wanted)}${a.wanted}.`,
  undeclared: (a: { id: string; field: string; owner: string; wanted: string; suggestion?: string; difference?: string }) =>
    `'${a.field}' of ${a.owner} refers to ${article(a.wanted)}${a.wanted} '${a.id}' that is not declared.${a.suggestion ? ` Did you mean '${a.suggestion}'?` : ''}${a.difference ? ` ${a.difference}` : ''}`,
  didYouMean: (a: { suggestion: string }) => `Did you mean '${a.suggestion}'?`,
  changeTo: (a: { suggestion: string }) => `Change to '${a.suggestion}'`,
  unownedStep: (a: { step: string; process: string }) => `Step '${a.step}' of process '${a.process}' has no owner role; add 'by: <role>'.`,
  unreachableStep: (a: { step: string; process: string; first: string }) =>
    `Step '${a.step}' of process '${a.process}' cannot be reached from its first step '${a.first}'.`,
  unusedFunction: (a: { fn: string }) => `Function '${a.fn}' is used by no step, touchpoint or channel; add it to a 'uses:' or remove it.`,
  noProblems: (a: { files: number }) => `No problems found in ${a.files} file${a.files === 1 ? '' : 's'}.`,
  summary: (a: { errors: number; warnings: number; files: number }) =>
    `${a.errors} error${a.errors === 1 ? '' : 's'}, ${a.warnings} warning${a.warnings === 1 ? '' : 's'} in ${a.files} file${a.files === 1 ? '' : 's'}.`,
  ruleFailed: (a: { rule: string; error: string }) => `Rule '${a.rule}' failed (${a.error}); this is a bug in ccp. The other rules still ran.`,
};

export type Messages = typeof en;
