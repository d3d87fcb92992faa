import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { specRequirements } from '@ccp/generators/xlsx';

// Issue 17, must-show 6: one requirement, one row. A function that `covers:` a built-in non-functional row stands
// for it, so the row is left out of the spec (and out of scoring); an unknown key is an error at the value.
const design = (covers: string) => `
system crm "CRM" { kind: crm  hosting: saas }
process p "P" { sourcing: outsourced }
function dr "Disaster recovery" { priority: must  category: continuity  ${covers} }
`;

describe('covers: on functions', () => {
  it('leaves out exactly the covered nfr rows', () => {
    const ids = (src: string) => specRequirements(analyzeSources({ 'main.ccp': src }).model, 'en').map((r) => r.id);
    const without = ids(design(''));
    expect(without).toEqual(expect.arrayContaining(['dr', 'nfr.backups', 'nfr.continuity', 'nfr.telecom', 'nfr.recordings']));
    const withCovers = ids(design('covers: backups, "nfr.continuity"'));
    expect(withCovers).toEqual(without.filter((id) => id !== 'nfr.backups' && id !== 'nfr.continuity'));
  });

  it('reports an unknown key at the value, with a suggestion', () => {
    const src = design('covers: backups, bakups');
    const a = analyzeSources({ 'main.ccp': src });
    const errors = a.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['CCP2003']);
    expect(src.slice(errors[0]!.loc.start, errors[0]!.loc.end)).toBe('bakups');
    expect(errors[0]!.suggestion).toContain("'backups'");
    expect(a.model.functions[0]!.covers).toEqual(['backups']);
  });
});
