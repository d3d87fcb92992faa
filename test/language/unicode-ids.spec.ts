import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { runRules } from '@ccp/checker';
import { differenceNote } from '@ccp/core';

const nfd = (s: string) => s.normalize('NFD');

function check(text: string) {
  const analysis = analyzeSources({ 'main.ccp': text });
  return { analysis, findings: [...analysis.diagnostics, ...runRules(analysis)].filter((d) => d.severity === 'error') };
}

describe('ids and names are read in Unicode form NFC', () => {
  it('resolves an id written decomposed (NFD) to the one declared composed', () => {
    const text = `data podgląd {}\nrole r { access: ${nfd('podgląd')} read }\n`;
    expect(text.includes(nfd('podgląd'))).toBe(true);
    const { analysis, findings } = check(text);
    expect(findings).toEqual([]);
    expect(analysis.model.roles[0]!.access[0]!.target.id).toBe('podgląd');
  });

  it('declares an NFD id as its NFC form, names and texts included', () => {
    const { analysis } = check(`role ${nfd('księgowa')} "${nfd('Księgowa główna')}" { description: "${nfd('Zażółć')}" }\n`);
    const role = analysis.model.roles[0]!;
    expect(role.id).toBe('księgowa');
    expect(role.name).toBe('Księgowa główna');
    expect(role.description).toBe('Zażółć');
  });

  it('keeps source ranges on the text as written', () => {
    const text = `role r { backup: ${nfd('żółw')} }\n`;
    const { findings } = check(text);
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]!.loc.start, findings[0]!.loc.end)).toBe(nfd('żółw'));
  });
});

describe('a "did you mean" names the exact difference', () => {
  it('for letter case', () => {
    const { findings } = check('role konsultant {}\nprocess p { step a { by: Konsultant  end } }\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.code).toBe('undefined-reference');
    expect(findings[0]!.suggestion).toBe("Did you mean 'konsultant'?");
    expect(findings[0]!.message).toContain("only in letter case ('K' here, 'k' in the declaration)");
  });

  it('for accents and compatibility characters', () => {
    expect(differenceNote('podglad', 'podgląd')).toContain("only in accents ('a' here, 'ą' in the declaration)");
    expect(differenceNote('ﬁnance', 'finance')).toContain('only in Unicode form');
    expect(differenceNote('agent', 'agnet')).toBeUndefined();
    const { findings } = check('data podgląd {}\nrole r { access: podglad read }\n');
    expect(findings[0]!.suggestion).toBe("Did you mean 'podgląd'?");
    expect(findings[0]!.message).toContain('only in accents');
  });
});
