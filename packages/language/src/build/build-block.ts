import { closest, Codes, say, suggesting, type Element, type Loc } from '@ccp/core';
import { valueCount } from '../syntax/lean-nodes.js';
import type { BlockNode } from '../syntax/syntax-tree.js';
import type { BuildContext } from './build-context.js';
import type { FieldSpec, KindSpec } from './kind-spec.js';

type Handler = (item: never, element: Element, ctx: BuildContext) => void;

/** What a kind accepts, by word: its fields (as positions in `spec.fields`), nested blocks and flags. */
interface KindTables {
  fields: Map<string, number>;
  children: Map<string, Handler>;
  flags: Map<string, (element: Element) => void>;
}

const fieldTables = new WeakMap<KindSpec, Map<string, FieldSpec<Element>>>();
const kindTables = new WeakMap<KindSpec, KindTables>();

/** The fields of a kind by name and alias. */
export function fieldTable(spec: KindSpec): Map<string, FieldSpec<Element>> {
  let table = fieldTables.get(spec);
  if (!table) {
    table = new Map();
    for (const [name, i] of tablesOf(spec).fields) table.set(name, spec.fields[i] as FieldSpec<Element>);
    fieldTables.set(spec, table);
  }
  return table;
}

/**
 * A kind's tables, made once. Maps rather than the spec's records: looking a word read from a file up as a
 * property name would search the engine's table of all property names.
 */
function tablesOf(spec: KindSpec): KindTables {
  let tables = kindTables.get(spec);
  if (!tables) {
    const fields = new Map<string, number>();
    spec.fields.forEach((f, i) => {
      fields.set(f.name, i);
      for (const a of f.aliases ?? []) fields.set(a, i);
    });
    tables = {
      fields,
      children: new Map(Object.entries(spec.children ?? {}) as [string, Handler][]),
      flags: new Map(Object.entries(spec.flags ?? {})),
    };
    kindTables.set(spec, tables);
  }
  return tables;
}

/**
 * Builds one element from a block with the kind's field table. Unknown fields, duplicate fields, misplaced blocks
 * and flags become diagnostics; everything that fits is kept. This runs for every element (110k at 100k steps):
 * fields already given are remembered as bits of a number, and messages are only written when something is wrong.
 */
export function buildBlock<E extends Element>(spec: KindSpec<E>, block: BlockNode, ctx: BuildContext, parent?: Element): E | undefined {
  if (block.id === undefined || block.idLoc === undefined) {
    ctx.error(
      Codes.syntax,
      say('needsId', { keyword: spec.keyword }),
      block.keywordLoc,
    );
    return undefined;
  }
  const outer = ctx.element;
  const element = spec.create({ id: ctx.id(block.id), name: block.name, loc: block.loc, idLoc: block.idLoc }, ctx, parent);
  ctx.element = element;
  const tables = tablesOf(spec as unknown as KindSpec);
  const numbers = tables.fields;
  const fields = spec.fields as readonly FieldSpec<Element>[];
  let seen = 0; // bit i: fields[i] was given; a kind with more than 30 fields would keep the rest in a set
  let seenMore: Set<number> | undefined;
  for (const item of block.items) {
    switch (item.type) {
      case 'field': {
        const i = numbers.get(item.name);
        if (i === undefined) {
          unknownField(spec as unknown as KindSpec, item.name, item.nameLoc, ctx);
          continue;
        }
        const field = fields[i]!;
        const given = i < 30 ? (seen & (1 << i)) !== 0 : (seenMore ??= new Set()).has(i);
        if (given) {
          ctx.error(Codes.duplicateField, say('duplicateField', { field: field.name, owner: ctx.owner }), item.nameLoc);
          continue;
        }
        if (i < 30) seen |= 1 << i;
        else seenMore!.add(i);
        if (valueCount(item) > 0) {
          ctx.field = field.name;
          field.apply(item, element, ctx);
          ctx.field = undefined;
        }
        break;
      }
      case 'block': {
        const child = tables.children.get(item.keyword);
        if (child) child(item as never, element, ctx);
        else
          ctx.error(
            Codes.misplacedDeclaration,
            say('cannotStandInside', { keyword: item.keyword, parent: spec.keyword }),
            item.keywordLoc,
          );
        break;
      }
      case 'flag': {
        const flag = tables.flags.get(item.name);
        if (flag) flag(element);
        else ctx.error(Codes.syntax, say('flagNotAllowed', { flag: item.name, keyword: spec.keyword }), item.loc);
        break;
      }
      case 'branch':
        ctx.error(Codes.syntax, say('branchOutsideDecide'), item.loc);
        break;
    }
  }
  spec.finish?.(element, ctx);
  ctx.element = outer;
  return element;
}

function unknownField(spec: KindSpec, name: string, loc: Loc, ctx: BuildContext): void {
  const suggestion = closest(name, fieldTable(spec).keys());
  ctx.error(
    Codes.unknownField,
    suggesting(say('unknownField', { keyword: spec.keyword, field: name, ...(suggestion ? { suggestion } : {}) }), suggestion),
    loc,
    suggestion ? { suggestion: `Did you mean '${suggestion}'?`, fixes: [{ title: `Change to '${suggestion}'`, edits: [{ loc, newText: suggestion }] }] } : {},
  );
}
