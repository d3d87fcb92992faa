import { pushAll, type Loc } from '@ccp/core';
import type { Connection, Location, WorkspaceSymbol } from 'vscode-languageserver';
import { foldingRanges } from './folding.js';
import type { Positions } from './positions.js';
import type { Project, ProjectState } from './project.js';
import { semanticTokens } from './semantic-tokens.js';
import type { SymbolIndex } from './symbols.js';
import { workspaceSymbols } from './workspace-symbols.js';

/** What the server gives these features: a document's analysed project, and every project of the workspace. */
export interface FeatureContext {
  current(uri: string): { project: Project; state: ProjectState; file: string; index: SymbolIndex; pos: Positions };
  location(root: string, state: ProjectState, loc: Loc): Location;
  projects(): Project[];
  /** The project analysed up to the latest edit. */
  analyzed(project: Project): ProjectState;
  indexOf(project: Project, state: ProjectState): SymbolIndex;
}

/** Workspace symbols (every project's declarations), semantic tokens (ids by kind) and folding ranges. */
export function registerEditorFeatures(connection: Connection, ctx: FeatureContext): void {
  connection.onWorkspaceSymbol((params) => {
    const out: WorkspaceSymbol[] = [];
    for (const project of ctx.projects()) {
      const state = ctx.analyzed(project);
      const language = state.analysis.model.project?.outputLanguage;
      pushAll(out, workspaceSymbols(ctx.indexOf(project, state), params.query, (loc) => ctx.location(project.root, state, loc), 500, language));
    }
    return out;
  });

  connection.languages.semanticTokens.on((params) => {
    const { file, index, pos } = ctx.current(params.textDocument.uri);
    return { data: semanticTokens(index, file, pos) };
  });

  connection.onFoldingRanges((params) => {
    const { state, file, pos } = ctx.current(params.textDocument.uri);
    const syntax = state.analysis.syntax.get(file);
    return syntax ? foldingRanges(syntax, pos) : [];
  });
}
