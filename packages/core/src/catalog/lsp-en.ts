/**
 * The English texts the language server writes itself: its hovers (where an element is declared and used), the
 * details of completion items and the titles of its own quick fixes. lsp-pl.ts has the same keys, checked by the
 * compiler. What a keyword or a field means is the KindSpecs' `doc` in English and reference-pl.ts in Polish.
 */
export const lspEn = {
  /** An element kind or a declaration keyword, as a hover or a completion detail names it. */
  kind: (a: { kind: string }) => a.kind,
  /** After the head of a step's hover. */
  inProcess: (a: { process: string }) => ` (in process \`${a.process}\`)`,
  declaredAt: (a: { where: string }) => `Declared at ${a.where}.`,
  notUsed: () => 'Not used anywhere.',
  usedTimes: (a: { n: number }) => `Used ${a.n} time${a.n === 1 ? '' : 's'}:`,
  /** One reference in the list: the field, the element it is written in ("step 'assess'"), and where. */
  usedIn: (a: { field: string; owner: string; where: string }) => `- \`${a.field}\` of ${a.owner} (${a.where})`,
  moreUses: (a: { n: number }) => `- … and ${a.n} more`,
  /** A field naming elements: the kinds it names. */
  names: (a: { kinds: readonly string[] }) => `Names ${a.kinds.map((k) => `a ${k}`).join(' or ')}.`,
  alsoWritten: (a: { aliases: string }) => `Also written: ${a.aliases}.`,
  // completion details
  otherwise: () => 'The branch taken when no condition holds.',
  quantity: () => 'A quantity of the process, compared in a branch: quantity < value -> step',
  end: () => 'The process ends after this step.',
  decide: () => 'A decision: branches by condition, and otherwise.',
  /** The detail of an id offered in a field's value: its kind, and its display name when it has one. */
  element: (a: { kind: string; name?: string }) => (a.name ? `${a.kind} — ${a.name}` : a.kind),
  // quick fixes of the server itself
  declare: (a: { kind: string; id: string }) => `Declare ${a.kind} '${a.id}'`,
};

export type LspTexts = typeof lspEn;
export type LspKey = keyof LspTexts;
