import { closest, Codes, type Element } from '@ccp/core';
import type { BlockNode } from '../syntax/syntax-tree.js';
import type { BuildContext } from './build-context.js';
import type { FieldSpec, KindSpec } from './kind-spec.js';
import { own } from './values.js';

const fieldTables = new WeakMap<KindSpec, Map<string, FieldSpec<Element>>>();

/** The fields of a kind by name and alias. */
export function fieldTable(spec: KindSpec): Map<string, FieldSpec<Element>> {
  let table = fieldTables.get(spec);
  if (!table) {
    table = new Map();
    for (const f of spec.fields as readonly FieldSpec<Element>[]) {
      table.set(f.name, f);
      for (const a of f.aliases ?? []) table.set(a, f);
    }
    fieldTables.set(spec, table);
  }
  return table;
}

/**
 * Builds one element from a block with the kind's field table. Unknown fields, duplicate fields, misplaced blocks
 * and flags become diagnostics; everything that fits is kept.
 */
export function buildBlock<E extends Element>(spec: KindSpec<E>, block: BlockNode, ctx: BuildContext, parent?: Element): E | undefined {
  if (block.id === undefined || block.idLoc === undefined) {
    ctx.error(
      Codes.syntax,
      `A ${spec.keyword} needs an id after '${spec.keyword}', e.g. '${spec.keyword} my_${spec.keyword} "Display name" { ... }'.`,
      block.keywordLoc,
    );
    return undefined;
  }
  const outerOwner = ctx.owner;
  ctx.owner = `${spec.keyword} '${block.id}'`;
  const element = spec.create({ id: block.id, name: block.name, loc: block.loc, idLoc: block.idLoc }, ctx, parent);
  const table = fieldTable(spec as unknown as KindSpec);
  const seen = new Map<FieldSpec<Element>, string>();
  for (const item of block.items) {
    switch (item.type) {
      case 'field': {
        const field = table.get(item.name);
        if (!field) {
          const suggestion = closest(item.name, table.keys());
          ctx.error(
            Codes.unknownField,
            `${cap(spec.keyword)} has no field '${item.name}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
            item.nameLoc,
            suggestion
              ? { suggestion: `Did you mean '${suggestion}'?`, fixes: [{ title: `Change to '${suggestion}'`, edits: [{ loc: item.nameLoc, newText: suggestion }] }] }
              : {},
          );
          continue;
        }
        if (seen.has(field)) {
          ctx.error(Codes.duplicateField, `Field '${field.name}' is given twice in ${ctx.owner}; keep one.`, item.nameLoc);
          continue;
        }
        seen.set(field, item.name);
        if (item.values.length) field.apply(item, element, ctx);
        break;
      }
      case 'block': {
        const child = spec.children ? own(spec.children, item.keyword) : undefined;
        if (child) child(item, element as E, ctx);
        else
          ctx.error(
            Codes.misplacedDeclaration,
            `A ${item.keyword} cannot stand inside a ${spec.keyword}${item.keyword === 'step' ? '; steps belong in a process' : ''}.`,
            item.keywordLoc,
          );
        break;
      }
      case 'flag': {
        const flag = spec.flags ? own(spec.flags, item.name) : undefined;
        if (flag) flag(element as E);
        else ctx.error(Codes.syntax, `'${item.name}' is not allowed in a ${spec.keyword}.`, item.loc);
        break;
      }
      case 'branch':
        ctx.error(Codes.syntax, `Branches ('... -> step') belong inside a 'decide { }' block of a step.`, item.loc);
        break;
    }
  }
  ctx.owner = outerOwner;
  return element;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
