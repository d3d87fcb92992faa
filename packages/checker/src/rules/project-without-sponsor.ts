import type { Rule } from '../rule.js';

export const projectWithoutSponsor: Rule = {
  id: 'project-without-sponsor',
  description: 'Name a board-level sponsor for the project.',
  severity: 'warning',
  check({ model, links, t, report }) {
    const p = model.project;
    if (p && !p.sponsor && !links.faults.invalid(p, 'sponsor')) report({ message: t.projectWithoutSponsor({ project: p.id }), loc: p.idLoc });
    if (!p && model.files.length && !links.faults.misspelledKind('project'))
      report({
        message: t.noProject(),
        loc: { file: model.files[0]!, start: 0, end: 0 },
      });
  },
};
