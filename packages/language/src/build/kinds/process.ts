import type { Process, Sourcing } from '@ccp/core';
import { lookup, readSla, readVolume } from '../values.js';
import { base, customField, descriptionField, enumField, refField, textField, wordField, type KindSpec } from '../kind-spec.js';
import { buildStep } from './step.js';
import { builtInQuantities, checkQuantities } from './decision.js';

const sourcingWords: Record<string, Sourcing> = {
  in_house: 'in_house',
  inhouse: 'in_house',
  internal: 'in_house',
  outsourced: 'outsourced',
  outsourcing: 'outsourced',
  hybrid: 'hybrid',
};

export const processKind: KindSpec<Process> = {
  keyword: 'process',
  kind: 'process',
  doc: 'A sequence of steps with assigned roles (DOMAIN step 5): owner, sourcing, SLA, as-is or to-be.',
  create: (head) => base('process', head, { sla: {}, variant: 'to_be', volume: {}, steps: [] }),
  fields: [
    descriptionField(),
    refField('owner', ['role'], 'The role that owns the process end to end.', 'complaints_lead', (e, v) => (e.owner = v), ['właściciel']),
    customField<Process>(
      'sourcing',
      "in_house, hybrid, or outsourced (optionally 'to \"Vendor\"').",
      'outsourced to "CallPro"',
      (f, e, ctx) => {
        const v = f.values[0];
        const atoms = v?.atoms ?? [];
        const mode = atoms[0] ? lookup(sourcingWords, atoms[0].text.toLowerCase()) : undefined;
        const vendorOk = atoms.length === 1 || (atoms.length === 3 && atoms[1]!.text === 'to');
        if (f.values.length !== 1 || !mode || !vendorOk) {
          ctx.invalid(f, 'sourcing', 'outsourced to "CallPro"');
          return;
        }
        e.sourcing = mode;
        if (atoms.length === 3) e.vendor = atoms[2]!.text;
      },
    ),
    textField('vendor', 'The vendor that runs an outsourced or hybrid process.', '"CallPro"', (e, v) => (e.vendor = v)),
    refField('internal_owner', ['role'], 'The in-house role responsible for an outsourced partnership: reports, recordings, training, daily liaison.', 'vendor_manager', (e, v) => (e.internalOwner = v)),
    customField<Process>('sla', 'Reaction and resolution deadlines.', 'respond 1d, resolve 14d', (f, e, ctx) => (e.sla = readSla(f, ctx))),
    enumField('direction', 'inbound (default) or outbound: the center starts the cases (collections, callbacks).', { outbound: 'outbound', inbound: 'inbound' }, (e, v) => (e.direction = v)),
    enumField('variant', 'as_is (today) or to_be (the target).', { as_is: 'as_is', asis: 'as_is', to_be: 'to_be', tobe: 'to_be' }, (e, v) => (e.variant = v), ['status']),
    refField('replaces', ['process'], 'The as-is process this to-be process replaces.', 'complaint_today', (e, v) => (e.replaces = v)),
    wordField('category', 'sales, service, complaints, helpdesk, collections, hotline, ...', 'complaints', (e, v) => (e.category = v), ['type']),
    customField<Process>('volume', 'Cases per period entering the process.', '40/day', (f, e, ctx) => (e.volume = readVolume(f, ctx))),
    customField<Process>(
      'quantities',
      `Quantities its decisions compare, as ids (built in: ${builtInQuantities.join(', ')}).`,
      'disputed_amount, claim_value',
      (f, e, ctx) => {
        const names: string[] = [];
        for (const v of f.values) {
          if (v.atoms.length === 1 && v.atoms[0]!.type === 'ident') names.push(v.atoms[0]!.text);
          else ctx.invalid(f, 'ids', 'disputed_amount, claim_value', v.loc);
        }
        e.quantities = names;
      },
    ),
  ],
  children: {
    step: (block, process, ctx) => {
      const step = buildStep(block, process, ctx);
      if (step) process.steps.push(step);
    },
  },
  // References between steps of one process are looked up while the file is built (see PendingRefs).
  finish: (process, ctx) => {
    ctx.pending.bindSteps(process);
    checkQuantities(process, ctx);
  },
};
