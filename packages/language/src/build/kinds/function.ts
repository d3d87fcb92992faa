import { closest, Codes, nonFunctionalKeys, say, suggesting, type FunctionReq, type NonFunctionalKey } from '@ccp/core';
import { firstAtom, valueAt } from '../../syntax/lean-nodes.js';
import {
  base,
  descriptionField,
  enumField,
  numberField,
  refsField,
  textsField,
  wordField,
  customField,
  type KindSpec,
} from '../kind-spec.js';
import { readWord } from '../values.js';

const systemKinds = ['system'] as const;

export const functionKind: KindSpec<FunctionReq> = {
  keyword: 'function',
  kind: 'function',
  doc: 'A requirement a vendor must meet: one row of the vendor specification, must-have or nice-to-have (DOMAIN step 6).',
  create: (head) => base('function', head, { roles: [], records: [], acceptance: [], category: 'functional' }),
  fields: [
    descriptionField(),
    enumField('priority', 'must (must-have) or nice (nice-to-have).', { must: 'must', must_have: 'must', nice: 'nice', nice_to_have: 'nice', should: 'nice', wymagana: 'must', konieczna: 'must', obowiązkowa: 'must', mile_widziana: 'nice', opcjonalna: 'nice', pożądana: 'nice' }, (e, v) => (e.priority = v)),
    customField<FunctionReq>(
      'system',
      'The kind of system that provides it (crm, contact_center, ...) or the id of a declared system.',
      'crm',
      (f, e, ctx) => {
        const word = readWord(f, ctx, 'crm');
        if (word === undefined) return;
        e.area = word;
        // If it names a declared system, link it and take the system's kind as the area (see resolve).
        const ref = ctx.ref(firstAtom(valueAt(f, 0)!), systemKinds, 'system', {
          soft: true,
          onResolve: (target) => {
            e.system = ref;
            if (target.kind === 'system' && target.systemKind) e.area = target.systemKind;
          },
          onUnresolved: () => delete e.system,
        });
        e.system = ref;
      },
      ['area'],
    ),
    refsField('roles', ['role'], 'Roles allowed to perform it (permissions).', 'agent, supervisor', (e, v) => (e.roles = v)),
    refsField('records', ['data'], 'Data it records.', 'ticket', (e, v) => (e.records = v)),
    textsField('acceptance', 'Acceptance criteria, as quoted texts.', '"A ticket can be opened from a call in one click"', (e, v) => (e.acceptance = v)),
    wordField('category', 'functional (default), security, continuity, reporting, gdpr, integration.', 'security', (e, v) => (e.category = v)),
    customField<FunctionReq>(
      'covers',
      `Built-in non-functional rows of the vendor spec this function stands for, left out of the spec: ${nonFunctionalKeys.join(', ')} (the row nfr.<key>).`,
      'backups, continuity',
      (f, e, ctx) => {
        const keys: NonFunctionalKey[] = [];
        for (const v of f.values) {
          const atom = firstAtom(v);
          const word = (v.atoms.length === 1 ? atom.text : '').replace(/^nfr\./, '');
          if ((nonFunctionalKeys as readonly string[]).includes(word)) {
            if (!keys.includes(word as NonFunctionalKey)) keys.push(word as NonFunctionalKey);
            continue;
          }
          const hint = closest(word, nonFunctionalKeys);
          ctx.error(
            Codes.invalidValue,
            suggesting(say('unknownCovers', { owner: ctx.owner, name: v.atoms.map((a) => a.text).join(' '), known: nonFunctionalKeys.join(', ') }), hint),
            v.loc,
            hint ? { suggestion: `Did you mean '${hint}'?` } : undefined,
          );
        }
        e.covers = keys;
      },
    ),
    numberField('weight', 'Weight in vendor scoring (default 3 for must, 1 for nice).', '2', (e, v) => (e.weight = v)),
  ],
};
