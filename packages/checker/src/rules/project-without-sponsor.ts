import type { Rule } from '../rule.js';

export const projectWithoutSponsor: Rule = {
  id: 'project-without-sponsor',
  description: 'Name a board-level sponsor for the project.',
  severity: 'warning',
  check({ model, links, report }) {
    const p = model.project;
    if (p && !p.sponsor && !links.faults.invalid(p, 'sponsor')) report({ message: `Project '${p.id}' has no sponsor; without a board-level owner, stop. Add 'sponsor: <role>'.`, loc: p.idLoc });
    if (!p && model.files.length)
      report({
        message: "The project has no 'project' declaration, so it has no vision and no sponsor; add 'project <id> \"Name\" { sponsor: <role> }'.",
        loc: { file: model.files[0]!, start: 0, end: 0 },
      });
  },
};
