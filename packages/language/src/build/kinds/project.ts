import type { Project } from '@ccp/core';
import { parsePercent } from '../values.js';
import {
  base,
  customField,
  descriptionField,
  enumField,
  numberField,
  refField,
  textField,
  textsField,
  type KindSpec,
} from '../kind-spec.js';

export const projectKind: KindSpec<Project> = {
  keyword: 'project',
  kind: 'project',
  doc: 'The contact center being designed: vision, sponsor and the language of generated documents. One per project.',
  create: (head) => base('project', head, { goals: [], outputLanguage: 'en', shrinkage: [], constraints: [] }),
  fields: [
    descriptionField(),
    textField('vision', 'Why the center exists and what it must do (DOMAIN step 1).', '"One entry point for every question."', (e, v) => (e.vision = v), ['wizja']),
    refField('sponsor', ['role'], 'The board-level role that owns the project. Without one, stop.', 'cx_director', (e, v) => (e.sponsor = v), ['owner']),
    textsField('goals', 'Measurable goals, as quoted texts.', '"Answer 80% of calls in 20 s", "FTR above 75%"', (e, v) => (e.goals = v), ['goal', 'cele']),
    enumField('output_language', 'Language of generated documents: en or pl.', { en: 'en', english: 'en', pl: 'pl', polish: 'pl', polski: 'pl' }, (e, v) => (e.outputLanguage = v), ['language', 'język']),
    textField('version', 'Version of the design, shown on generated documents.', '"1.2"', (e, v) => (e.version = v)),
    enumField('center', 'Whether the department is run as a cost center or a revenue center.', { cost: 'cost', revenue: 'revenue' }, (e, v) => (e.center = v)),
    customField<Project>(
      'shrinkage',
      'Share of paid time lost, by cause (holidays, sickness, training, ...); used for FTE.',
      'holidays 10%, sickness 5%, training 3%',
      (f, e, ctx) => {
        for (const v of f.values) {
          const [cause, share] = v.atoms;
          const fraction = share ? parsePercent(share.text) : undefined;
          if (v.atoms.length === 2 && cause!.type === 'ident' && fraction !== undefined && fraction >= 0 && fraction < 1)
            e.shrinkage.push({ cause: cause!.text, fraction, loc: v.loc });
          else ctx.invalid(f, 'shrinkage', 'holidays 10%, sickness 5%', v.loc);
        }
      },
    ),
    numberField('hours_per_week', 'Paid hours of one full-time employee per week (default 40).', '40', (e, v) => (e.hoursPerWeek = v)),
    textsField('constraints', 'Legal and security constraints (GDPR, sector law), as quoted texts.', '"GDPR", "Banking law art. 104"', (e, v) => (e.constraints = v)),
  ],
};
