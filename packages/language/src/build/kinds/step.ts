import type { Process, Step } from '@ccp/core';
import { buildDecision } from './decision.js';
import type { BlockNode } from '../../syntax/syntax-tree.js';
import type { BuildContext } from '../build-context.js';
import { readMoney } from '../values.js';
import {
  customField,
  descriptionField,
  durationField,
  enumField,
  refField,
  refsField,
  type BlockHead,
  type KindSpec,
} from '../kind-spec.js';
import { buildBlock } from '../build-block.js';


/**
 * A new step, as one object literal with every field of a step, the optional ones undefined until read: there are
 * as many steps as everything else together. Fields added later would go to a separate property store (an object
 * more per step, grown as fields come), and steps whose fields were written in different orders would have
 * different shapes, which makes every rule's `step.role` a slower lookup.
 */
function newStep(head: BlockHead, process: string): Step {
  const { id, name, loc, idLoc } = head;
  return {
    kind: 'step',
    id,
    name,
    description: undefined,
    loc,
    idLoc,
    process,
    role: undefined,
    uses: [],
    reads: [],
    writes: [],
    next: [],
    decision: undefined,
    end: false,
    calls: undefined,
    handlingSeconds: undefined,
    valueAtStake: undefined,
    visibility: undefined,
  };
}

export const stepKind: KindSpec<Step> = {
  keyword: 'step',
  kind: 'step',
  doc: 'The smallest unit of work in a process: who does it, with which functions and data, and what comes next.',
  create: (head, _ctx, parent) => newStep(head, parent?.id ?? ''),
  fields: [
    descriptionField(),
    refField('by', ['role'], 'The role that performs the step.', 'agent', (e, v) => (e.role = v), ['role', 'owner']),
    refsField('uses', ['function'], 'Functions (requirements) the step needs.', 'open_ticket, send_email', (e, v) => (e.uses = v)),
    refsField('reads', ['data'], 'Data the step reads.', 'customer, order', (e, v) => (e.reads = v)),
    refsField('writes', ['data'], 'Data the step writes.', 'ticket', (e, v) => (e.writes = v)),
    refsField('next', ['step'], 'The step(s) that follow.', 'assess', (e, v) => (e.next = v), ['then']),
    refField('calls', ['process'], 'A process this step hands over to (a sub-process).', 'refund', (e, v) => (e.calls = v)),
    durationField('time', 'Handling time of the step.', '5m', (e, v) => (e.handlingSeconds = v), ['handling_time', 'aht']),
    customField<Step>('value', 'What is at stake in a typical case, for the review-cost rule.', '40 PLN', (f, e, ctx) => {
      const money = readMoney(f, ctx, '40 PLN');
      if (money) e.valueAtStake = money;
    }, ['value_at_stake']),
    enumField('visibility', 'Where the step sits in a service blueprint: front (the customer sees it) or back (internal); derived when omitted.', { front: 'front', frontstage: 'front', front_stage: 'front', front_office: 'front', widoczny: 'front', back: 'back', backstage: 'back', back_stage: 'back', back_office: 'back', zaplecze: 'back' }, (e, v) => (e.visibility = v), ['stage', 'blueprint']),
  ],
  flags: {
    end: (e) => (e.end = true),
  },
  children: {
    decide: (block, step, ctx) => buildDecision(block, step, ctx),
  },
};

/** Builds one step of a process; the step's refs to other steps are resolved within the process first. */
export function buildStep(block: BlockNode, process: Process, ctx: BuildContext): Step | undefined {
  return buildBlock(stepKind, block, ctx, process);
}
