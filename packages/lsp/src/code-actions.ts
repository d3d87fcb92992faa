import { lspTexts, type Diagnostic, type OutputLanguage } from '@ccp/core';
import type { BlockNode, SyntaxFile } from '@ccp/language';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { Positions } from './positions.js';

/** Where and what to insert to declare a missing element: a step goes into its process, the rest at the end. */
function declarationEdit(kind: string, id: string, at: number, text: string, syntax: SyntaxFile | undefined, pos: Positions): TextEdit | undefined {
  if (kind === 'step') {
    const process = syntax?.blocks.find((b: BlockNode) => b.keyword === 'process' && b.closed && b.loc.start <= at && at < b.loc.end);
    if (!process) return undefined;
    const close = process.loc.end - 1;
    let lineStart = close;
    while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    const before = text.slice(lineStart, close);
    const indent = /^\s*$/.test(before) ? before : '';
    const insertAt = indent === before ? lineStart : close;
    const prefix = indent === before ? '' : '\n';
    return { range: pos.range({ start: insertAt, end: insertAt }), newText: `${prefix}${indent}  step ${id} {}\n` };
  }
  const end = text.length;
  const gap = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { range: pos.range({ start: end, end }), newText: `${gap}${kind} ${id} {}\n` };
}

/** Where the declarations of a kind live: the file (its URI and positions) and the offset just after the last one. */
export interface DeclarationHome {
  uri: string;
  pos: Positions;
  after: number;
}

/**
 * Quick fixes for the findings under a range: every mechanical fix a finding carries ("Change to 'agent'"), and
 * for an undefined reference a declaration of the missing element of the kind the field needs: a step in its
 * process, anything else after the last declaration of its kind (in the file where roles are declared, for a role),
 * or at the end of the current file when there is none yet. The declaration's title is in `language`.
 */
export function codeActions(
  uri: string,
  findings: readonly { diagnostic: Diagnostic; lsp: LspDiagnostic }[],
  text: string,
  syntax: SyntaxFile | undefined,
  pos: Positions,
  homeOf: (kind: string) => DeclarationHome | undefined = () => undefined,
  language?: OutputLanguage,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const { diagnostic: d, lsp } of findings) {
    for (const [i, fix] of (d.fixes ?? []).entries()) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        isPreferred: i === 0,
        edit: { changes: { [uri]: fix.edits.filter((e) => e.loc.file === d.loc.file).map((e) => ({ range: pos.range(e.loc), newText: e.newText })) } },
      });
    }
    if (d.code === 'undefined-reference' && d.data?.kind && d.data.id) {
      const home = d.data.kind === 'step' ? undefined : homeOf(d.data.kind);
      const edit = home
        ? { range: home.pos.range({ start: home.after, end: home.after }), newText: `\n\n${d.data.kind} ${d.data.id} {}` }
        : declarationEdit(d.data.kind, d.data.id, d.loc.start, text, syntax, pos);
      if (edit) {
        actions.push({
          title: lspTexts(language).declare({ kind: d.data.kind, id: d.data.id }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: { changes: { [home?.uri ?? uri]: [edit] } },
        });
      }
    }
  }
  return actions;
}
