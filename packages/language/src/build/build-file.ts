import { closest, Codes, say, suggesting, emptyModel, type Element, type Model, type Project, type Tender } from '@ccp/core';
import type { SyntaxFile } from '../syntax/syntax-tree.js';
import { BuildContext } from './build-context.js';
import { buildBlock } from './build-block.js';
import { topLevelSpecs } from './kinds/index.js';

/** The elements one file declares, before references across files are bound. */
export interface FileModel {
  model: Model;
  projects: Project[];
  tenders: Tender[];
  ctx: BuildContext;
  /** Declarations with an unknown keyword (already an error): the kind they were probably meant as, and their id. */
  unknown: { kind?: string; id?: string }[];
}

const listOf: Record<string, keyof Omit<Model, 'project' | 'tender' | 'files'>> = {
  persona: 'personas',
  stage: 'stages',
  channel: 'channels',
  touchpoint: 'touchpoints',
  process: 'processes',
  role: 'roles',
  system: 'systems',
  data: 'data',
  function: 'functions',
  kpi: 'kpis',
  scenario: 'scenarios',
  shift: 'shifts',
};

/** Turns one file's syntax tree into model elements, with references left for the resolver. */
export function buildFile(syntax: SyntaxFile): FileModel {
  const ctx = new BuildContext(syntax.file);
  const model = emptyModel();
  const projects: Project[] = [];
  const tenders: Tender[] = [];
  const unknown: FileModel['unknown'] = [];
  for (const block of syntax.blocks) {
    const spec = topLevelSpecs.get(block.keyword);
    if (!spec) {
      if (block.keyword === 'step' || block.keyword === 'decide') {
        ctx.error(Codes.misplacedDeclaration, say('mustStandInside', { keyword: block.keyword }), block.keywordLoc);
        continue;
      }
      const suggestion = closest(block.keyword, topLevelSpecs.keys());
      ctx.error(
        Codes.unknownDeclaration,
        suggesting(say('unknownDeclaration', { keyword: block.keyword, known: [...topLevelSpecs.keys()].join(', '), ...(suggestion ? { suggestion } : {}) }), suggestion),
        block.keywordLoc,
        suggestion ? { suggestion: `Did you mean '${suggestion}'?`, fixes: [{ title: `Change to '${suggestion}'`, edits: [{ loc: block.keywordLoc, newText: suggestion }] }] } : {},
      );
      unknown.push({ ...(suggestion ? { kind: suggestion } : {}), ...(block.id !== undefined ? { id: block.id } : {}) });
      continue;
    }
    const element = buildBlock(spec, block, ctx);
    if (!element) continue;
    if (element.kind === 'project') projects.push(element);
    else if (element.kind === 'tender') tenders.push(element);
    else (model[listOf[element.kind]!] as Element[]).push(element);
  }
  ctx.finish();
  return { model, projects, tenders, ctx, unknown };
}
