import { Codes, say, type FormKey, type Tender, type TenderAnswer } from '@ccp/core';
import { atomCount, firstAtom, valueAt, valueCount } from '../../syntax/lean-nodes.js';
import { base, customField, descriptionField, numberField, percentField, textField, type KindSpec } from '../kind-spec.js';
import type { FieldNode } from '../../syntax/syntax-tree.js';
import type { BuildContext } from '../build-context.js';
import { lookup, parsePercent } from '../values.js';

const answerWords: Record<string, TenderAnswer> = { yes: 'yes', partial: 'partial', roadmap: 'roadmap', no: 'no', n_a: 'na', na: 'na', not_applicable: 'na' };

/** A share written `40%` or `40` (normalised later with the others, so only the ratios matter). */
function share(text: string): number | undefined {
  if (text.endsWith('%')) {
    const f = parsePercent(text);
    return f === undefined ? undefined : f * 100;
  }
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** `key value, key value`: the pairs of a field, each checked by `read`; a bad pair is reported and skipped. */
function pairs(f: FieldNode, ctx: BuildContext, expected: FormKey, example: string, read: (key: string, value: string, loc: Tender['loc']) => boolean): void {
  for (let i = 0; i < valueCount(f); i++) {
    const v = valueAt(f, i)!;
    const atoms = v.atoms;
    const ok = atomCount(v) === 2 && atoms[0]!.type === 'ident' && read(atoms[0]!.text, atoms[1]!.text, v.loc);
    if (!ok) ctx.invalid(f, expected, example, v.loc);
  }
}

export const tenderKind: KindSpec<Tender> = {
  keyword: 'tender',
  kind: 'tender',
  doc: 'The scoring rules of the tender, stated on the spec before any bid is opened: weights, points per answer, knock-out criteria, costs (one per project).',
  create: (head) => base('tender', head, { priorityWeights: [], areaWeights: [], points: [], scale: [], knockout: [], knockoutMusts: true }),
  fields: [
    descriptionField(),
    customField<Tender>('priority_weights', 'Share of the score per priority, split over its requirements by their weight; normalised to 100.', 'must 70%, nice 30%', (f, e, ctx) =>
      pairs(f, ctx, 'priorityWeights', 'must 70%, nice 30%', (key, value, loc) => {
        const v = share(value);
        if ((key !== 'must' && key !== 'nice') || v === undefined) return false;
        e.priorityWeights.push({ key, value: v, loc });
        return true;
      }),
    ),
    customField<Tender>('area_weights', "Share of the score per area (a function's system kind; non_functional for derived rows); normalised to 100.", 'crm 40%, contact_center 50%, non_functional 10%', (f, e, ctx) =>
      pairs(f, ctx, 'areaWeights', 'crm 40%, contact_center 60%', (key, value, loc) => {
        const v = share(value);
        if (v === undefined) return false;
        e.areaWeights.push({ key, value: v, loc });
        return true;
      }),
    ),
    customField<Tender>('points', 'Points (0-100) for each answer: yes, partial, roadmap, no, n_a (listing n_a offers N/A to vendors).', 'yes 100, partial 50, roadmap 20, no 0, n_a 100', (f, e, ctx) =>
      pairs(f, ctx, 'points', 'yes 100, partial 50', (key, value, loc) => {
        const answer = lookup(answerWords, key.toLowerCase());
        const n = Number(value);
        if (!answer || !/^\d+(\.\d+)?$/.test(value) || n > 100) return false;
        e.points.push({ answer, points: n, loc });
        return true;
      }),
    ),
    customField<Tender>('scale', 'A 0-5 scale instead of Yes/Partial/No: a definition for each score 0 to 5 (points: score x 20).', '0 "Not available", 1 "Planned", 2 "Custom development", 3 "Configuration", 4 "Standard with limits", 5 "Standard"', (f, e, ctx) => {
      for (let i = 0; i < valueCount(f); i++) {
        const v = valueAt(f, i)!;
        const atoms = v.atoms;
        if (atomCount(v) === 2 && atoms[0]!.type === 'number' && /^[0-5]$/.test(atoms[0]!.text) && atoms[1]!.type === 'string')
          e.scale.push({ score: Number(atoms[0]!.text), definition: atoms[1]!.text, loc: v.loc });
        else ctx.invalid(f, 'scale', '0 "Not available", 5 "Standard"', v.loc);
      }
      const given = new Set(e.scale.map((s) => s.score));
      if (e.scale.length && (given.size !== 6 || e.scale.length !== 6))
        ctx.error(Codes.invalidValue, say('scaleIncomplete', { owner: ctx.owner }), f.loc);
    }),
    customField<Tender>('knockout', 'Knock-out criteria: musts (every Must) and function ids; answered No (or 0 on the scale), they exclude the offer. none: no knock-out.', 'musts, call_recording', (f, e, ctx) => {
      e.knockoutMusts = false;
      for (let i = 0; i < valueCount(f); i++) {
        const v = valueAt(f, i)!;
        if (atomCount(v) !== 1 || firstAtom(v).type !== 'ident') {
          ctx.invalid(f, 'knockout', 'musts, call_recording', v.loc);
          continue;
        }
        const word = firstAtom(v).text;
        if (word === 'musts') e.knockoutMusts = true;
        else if (word !== 'none') e.knockout.push(ctx.ref(firstAtom(v), ['function'], 'knockout'));
      }
    }),
    numberField('cost_years', 'Years over which the total cost is counted: one-off cost + years x yearly cost. The spec then asks for both.', '3', (e, v) => (e.costYears = v), { integer: true, aliases: ['years'] }),
    percentField('price_weight', 'Share of the final score given to price (lowest total cost / the offer\'s total cost x 100).', '30%', (e, v) => (e.priceWeight = v)),
    textField('currency', 'Currency of the costs asked for, shown on the cover.', '"PLN"', (e, v) => (e.currency = v)),
  ],
  finish: (e, ctx) => {
    if (e.priorityWeights.length && e.areaWeights.length)
      ctx.error(Codes.invalidValue, say('tenderBothWeights', { tender: e.id }), e.idLoc);
    if (e.scale.length && e.points.length) ctx.error(Codes.invalidValue, say('tenderPointsAndScale', { tender: e.id }), e.idLoc);
    if (e.costYears !== undefined && (!Number.isInteger(e.costYears) || e.costYears < 1 || e.costYears > 30))
      ctx.error(Codes.invalidValue, say('tenderCostYears', { tender: e.id }), e.idLoc);
    if (e.priceWeight !== undefined && (e.priceWeight < 0 || e.priceWeight >= 1))
      ctx.error(Codes.invalidValue, say('tenderPriceWeight', { tender: e.id }), e.idLoc);
  },
};
