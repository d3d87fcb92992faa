import { lspTexts, referenceText, type ElementKind, type LspTexts, type Model, type OutputLanguage } from '@ccp/core';
import { allSpecs, scan, topLevelSpecs, type KindSpec } from '@ccp/language';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { snippetOf } from './snippets.js';

type IToken = ReturnType<typeof scan>['tokens'][number];

interface OpenHead {
  keyword: string;
  id?: string;
}

const specByKeyword = new Map<string, KindSpec>(allSpecs.map((s) => [s.keyword, s]));
const isWord = (t: IToken | undefined) => t !== undefined && /^[\p{L}_]/u.test(t.image);
const isString = (t: IToken | undefined) => t !== undefined && t.image.startsWith('"');
const startsLine = (t: IToken) => (t as IToken & { nl?: boolean }).nl === true;

/** The keyword and id of a block whose `{` is tokens[i], read back from the tokens before it. */
function headBefore(tokens: IToken[], i: number): OpenHead {
  const t = (k: number) => tokens[i - k];
  const headStart = (k: number) => {
    const tok = t(k);
    if (!isWord(tok)) return false;
    const before = t(k + 1);
    return startsLine(tok) || before === undefined || before.image === '{' || before.image === '}';
  };
  if (isString(t(1))) {
    if (isWord(t(2)) && isWord(t(3)) && headStart(3)) return { keyword: t(3)!.image, id: t(2)!.image };
    if (isWord(t(2))) return { keyword: t(2)!.image };
  }
  if (isWord(t(1))) {
    if (isWord(t(2)) && headStart(2)) return { keyword: t(2)!.image, id: t(1)!.image };
    return { keyword: t(1)!.image };
  }
  return { keyword: '' };
}

export interface CompletionContext {
  /** Open blocks around the cursor, outermost first. */
  stack: OpenHead[];
  /** The field whose value is being written, if any. */
  field?: string;
  /** After `->` in a decide block. */
  branchTarget: boolean;
  /** Inside a quoted text or a comment: nothing to complete. */
  quiet: boolean;
}

/** Reads what is around the cursor from the tokens before it: robust however broken the text is while typing. */
export function completionContext(text: string, offset: number): CompletionContext {
  let start = offset;
  while (start > 0 && /[\p{L}\p{M}\p{N}_-]/u.test(text[start - 1]!)) start--;
  const before = text.slice(0, start);
  const scanned = scan(before, '');
  const tokens = scanned.tokens;
  const lastComment = scanned.comments[scanned.comments.length - 1];
  const inText = scanned.diagnostics.some((d) => d.loc.end >= before.length && d.loc.start < before.length);
  const inComment = lastComment !== undefined && lastComment.end >= before.length && (!lastComment.block || !lastComment.text.endsWith('*/'));
  const stack: OpenHead[] = [];
  tokens.forEach((tok, i) => {
    if (tok.image === '{') stack.push(headBefore(tokens, i));
    else if (tok.image === '}') stack.pop();
  });
  const last = tokens[tokens.length - 1];
  const context: CompletionContext = { stack, branchTarget: last?.image === '->' || last?.image === '→', quiet: inText || inComment };
  if (last && (last.image === ':' || last.image === ',' || last.image === ';')) {
    // walk back over the values to the field's name
    for (let i = tokens.length - 1; i > 0; i--) {
      const tok = tokens[i]!;
      if (tok.image === '{' || tok.image === '}') break;
      if (tok.image === ':' && isWord(tokens[i - 1])) {
        context.field = tokens[i - 1]!.image;
        break;
      }
    }
  }
  return context;
}

const elementKindIcons: Partial<Record<ElementKind, CompletionItemKind>> = {
  process: CompletionItemKind.Module,
  step: CompletionItemKind.Method,
  role: CompletionItemKind.Class,
  system: CompletionItemKind.Interface,
  data: CompletionItemKind.Struct,
  function: CompletionItemKind.Function,
  channel: CompletionItemKind.Event,
  kpi: CompletionItemKind.Constant,
};

function idsOf(model: Model, kinds: readonly ElementKind[], process: string | undefined, t: LspTexts): CompletionItem[] {
  const out: CompletionItem[] = [];
  const push = (e: { id: string; name?: string; kind: ElementKind; description?: string }) =>
    out.push({
      label: e.id,
      kind: elementKindIcons[e.kind] ?? CompletionItemKind.Reference,
      detail: t.element({ kind: e.kind, ...(e.name ? { name: e.name } : {}) }),
      ...(e.description ? { documentation: e.description } : {}),
    });
  const seen = new Set<string>();
  const lists: Partial<Record<ElementKind, readonly { id: string; name?: string; kind: ElementKind }[]>> = {
    project: model.project ? [model.project] : [],
    persona: model.personas,
    stage: model.stages,
    channel: model.channels,
    touchpoint: model.touchpoints,
    process: model.processes,
    role: model.roles,
    system: model.systems,
    data: model.data,
    function: model.functions,
    kpi: model.kpis,
    scenario: model.scenarios,
    tender: model.tender ? [model.tender] : [],
    shift: model.shifts,
  };
  for (const kind of kinds) {
    const list = kind === 'step' ? (model.processes.find((p) => p.id === process)?.steps ?? []) : (lists[kind] ?? []);
    for (const e of list) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      push(e);
    }
  }
  return out;
}

function fieldSpecOf(spec: KindSpec | undefined, name: string) {
  return spec?.fields.find((f) => f.name === name || f.aliases?.includes(name));
}

function keywordItem(spec: KindSpec, nested: boolean, language: OutputLanguage | undefined): CompletionItem {
  return {
    label: spec.keyword,
    kind: CompletionItemKind.Snippet,
    detail: referenceText(spec.keyword, spec.doc, language),
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: snippetOf(spec.keyword),
    sortText: nested ? '0' : '1',
  };
}

/** Only blanks between the start of the line (or a brace) and `start`: a declaration may start here. */
function atItemStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '{' || ch === '}') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return true;
}

/**
 * Completion items for the cursor: ids of the right kind in a field's value, else field names, and declaration
 * snippets where a declaration can start. `trigger` is the character that opened completion: a space opens it only
 * in a value (`by: `), so completion stays open after `field: ` and stays away elsewhere. Details and documentation
 * are in the project's output language.
 */
export function complete(text: string, offset: number, model: Model, trigger?: string): CompletionItem[] {
  const language = model.project?.outputLanguage;
  const t = lspTexts(language);
  const ctx = completionContext(text, offset);
  if (ctx.quiet) return [];
  if (trigger === ' ' && ctx.field === undefined && !ctx.branchTarget) return [];
  let wordStart = offset;
  while (wordStart > 0 && /[\p{L}\p{M}\p{N}_-]/u.test(text[wordStart - 1]!)) wordStart--;
  const declarationHere = atItemStart(text, wordStart);
  const inner = ctx.stack[ctx.stack.length - 1];
  const process = [...ctx.stack].reverse().find((h) => h.keyword === 'process')?.id;
  if (ctx.branchTarget) return idsOf(model, ['step'], process, t);
  if (ctx.field !== undefined) {
    const field = fieldSpecOf(specByKeyword.get(inner?.keyword ?? ''), ctx.field);
    return field?.refKinds ? idsOf(model, field.refKinds, process, t) : [];
  }
  if (!inner) {
    if (!declarationHere) return [];
    return [
      ...[...topLevelSpecs.values()].map((s) => keywordItem(s, false, language)),
      { label: 'import', kind: CompletionItemKind.Keyword, insertText: 'import "$1"', insertTextFormat: InsertTextFormat.Snippet },
    ];
  }
  if (inner.keyword === 'decide') {
    // a branch may compare a quantity of the process: the declared ones and the built-in ones
    const declared = model.processes.find((p) => p.id === process)?.quantities ?? [];
    return [
      { label: 'otherwise', kind: CompletionItemKind.Keyword, insertText: 'otherwise -> ', detail: t.otherwise() },
      ...[...declared, 'value', 'handling_cost'].map((q) => ({
        label: q,
        kind: CompletionItemKind.Variable,
        detail: t.quantity(),
      })),
    ];
  }
  const spec = specByKeyword.get(inner.keyword);
  if (!spec) return [];
  const items: CompletionItem[] = spec.fields.map((f) => {
    const doc = referenceText(`${spec.keyword}.${f.name}`, f.doc, language);
    return {
      label: f.name,
      kind: CompletionItemKind.Field,
      detail: doc,
      documentation: { kind: 'markdown', value: `${doc}\n\n\`\`\`ccp\n${f.name}: ${f.example}\n\`\`\`` },
      insertText: `${f.name}: `,
      command: { title: 'Suggest', command: 'editor.action.triggerSuggest' },
    };
  });
  if (!declarationHere) return items;
  if (spec.keyword === 'process') items.push(keywordItem(specByKeyword.get('step')!, true, language));
  if (spec.keyword === 'step') {
    items.push({ label: 'end', kind: CompletionItemKind.Keyword, detail: t.end() });
    items.push({
      label: 'decide',
      kind: CompletionItemKind.Keyword,
      detail: t.decide(),
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: snippetOf('decide'),
    });
  }
  return items;
}
