import { closest, Codes, say, suggesting, type BranchComparison, type Comparison, type DecisionBranch, type Process, type Step } from '@ccp/core';
import type { Atom, BlockNode, BranchNode } from '../../syntax/syntax-tree.js';
import type { BuildContext } from '../build-context.js';
import { parsePercent, readAmount } from '../values.js';

const stepKinds = ['step'] as const;

/** Quantities every decision may compare without declaring them. */
export const builtInQuantities: readonly string[] = ['value', 'handling_cost'];

const isShare = (a: Atom | undefined) => a !== undefined && a.type === 'number' && a.text.endsWith('%');

/**
 * Reads what stands before the arrow of a branch: a quoted condition, a comparison of a quantity with a value
 * (`amount < 250 GBP`, `claim_value < handling_cost`) or `otherwise`, optionally followed by the share of cases
 * that take the branch (`30%`). Undefined, with an error saying what a branch looks like, when it fits none.
 */
function readCondition(item: BranchNode, ctx: BuildContext): Pick<DecisionBranch, 'comparison' | 'share' | 'condition'> | undefined {
  const atoms = item.conditionAtoms;
  if (!atoms) return item.condition !== undefined ? { condition: item.condition } : {};
  let rest = atoms;
  const out: Pick<DecisionBranch, 'comparison' | 'share' | 'condition'> = {};
  const last = atoms[atoms.length - 1];
  if (isShare(last) && atoms.length >= 2) {
    const share = parsePercent(last!.text);
    if (share === undefined || share < 0 || share > 1) {
      ctx.error(Codes.invalidValue, say('branchShare', { share: last!.text }), last!.loc);
      return undefined;
    }
    out.share = share;
    rest = atoms.slice(0, -1);
  }
  const first = rest[0]!;
  if (!item.otherwise) out.condition = rest.map((a, i) => (i > 0 && !/^[£€$]$/.test(rest[i - 1]!.text) ? ' ' : '') + a.text).join('');
  if (rest.length === 1 && (item.otherwise || first.type === 'string' || first.type === 'ident')) return out;
  const comparison = rest.length >= 3 && rest.length <= 4 ? readComparison(rest) : undefined;
  if (comparison) {
    out.comparison = comparison;
    return out;
  }
  ctx.error(Codes.syntax, say('unreadableBranch'), item.conditionLoc);
  return undefined;
}

/** `quantity op number [unit]` or `quantity op quantity`. */
function readComparison(atoms: Atom[]): BranchComparison | undefined {
  const [quantity, op, value, unit] = atoms;
  if (quantity?.type !== 'ident' || op?.type !== 'op' || !value) return undefined;
  const loc = { file: quantity.loc.file, start: quantity.loc.start, end: atoms[atoms.length - 1]!.loc.end };
  if (value.type === 'ident' && !unit) return { quantity: quantity.text, op: op.text as Comparison, other: value.text, loc };
  const money = unit ? readAmount(atoms.slice(2)) : undefined;
  if (money) return { quantity: quantity.text, op: op.text as Comparison, value: money.amount, ...(money.currency ? { unit: money.currency } : {}), loc };
  if (value.type !== 'number') return undefined;
  const m = /^([+-]?\d+(?:\.\d+)?)([a-z%]*)$/i.exec(value.text);
  if (!m) return undefined;
  if (unit && (unit.type !== 'ident' || m[2])) return undefined;
  const written = unit?.text ?? (m[2] || undefined);
  return { quantity: quantity.text, op: op.text as Comparison, value: Number(m[1]), ...(written ? { unit: written } : {}), loc };
}

/** Reads a step's `decide { ... }` block into its decision. */
export function buildDecision(block: BlockNode, step: Step, ctx: BuildContext): void {
  if (block.id !== undefined || block.name !== undefined) {
    ctx.error(Codes.syntax, say('decideWithName'), block.keywordLoc);
  }
  if (step.decision) {
    ctx.error(Codes.duplicateField, say('twoDecides', { step: step.id }), block.keywordLoc);
    return;
  }
  const decision: NonNullable<Step['decision']> = { branches: [], loc: block.loc };
  for (const item of block.items) {
    if (item.type !== 'branch') {
      ctx.error(Codes.syntax, say('decideOnlyBranches', item.type === 'field' ? { field: item.name } : {}), item.loc);
      continue;
    }
    if (!item.target) continue;
    const condition = readCondition(item, ctx);
    if (!condition) {
      ctx.fault('decide');
      continue;
    }
    const target = ctx.ref(item.target, stepKinds, 'decide');
    const branch: DecisionBranch =
      condition.condition !== undefined
        ? { condition: condition.condition, otherwise: item.otherwise, target, loc: item.loc }
        : { otherwise: item.otherwise, target, loc: item.loc };
    if (condition.comparison) branch.comparison = condition.comparison;
    if (condition.share !== undefined) branch.share = condition.share;
    decision.branches.push(branch);
  }
  step.decision = decision;
}

/**
 * When the process is read to its end: every quantity its decisions compare is declared in `quantities:` or built
 * in; an undeclared one is an error with the closest declared name.
 */
export function checkQuantities(process: Process, ctx: BuildContext): void {
  const declared = [...builtInQuantities, ...(process.quantities ?? [])];
  for (const step of process.steps) {
    for (const b of step.decision?.branches ?? []) {
      const c = b.comparison;
      if (!c) continue;
      for (const name of c.other !== undefined ? [c.quantity, c.other] : [c.quantity]) {
        if (declared.includes(name)) continue;
        const near = closest(name, declared);
        ctx.error(
          Codes.undefinedReference,
          suggesting(say('undeclaredQuantity', { step: step.id, name, process: process.id, builtIn: builtInQuantities.join(', '), ...(near ? { suggestion: near } : {}) }), near),
          c.loc,
          near ? { suggestion: `Did you mean '${near}'?` } : {},
        );
      }
    }
  }
}
