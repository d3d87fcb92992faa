import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';

describe('values a Polish analyst writes', () => {
  it.each([
    ['zgoda', 'consent'],
    ['umowa', 'contract'],
    ['obowiązek_prawny', 'legal_obligation'],
    ['żywotny_interes', 'vital_interest'],
    ['zadanie_publiczne', 'public_task'],
    ['uzasadniony_interes', 'legitimate_interest'],
    ['prawnie_uzasadniony_interes', 'legitimate_interest'],
  ])('basis: %s is the legal basis %s', (word, basis) => {
    const { model, diagnostics } = analyzeSources({ 'a.ccp': `system crm {}\ndata klient { in: crm  personal: true  basis: ${word} }` });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.data[0]!.legalBasis).toBe(basis);
  });

  it.each([
    ['wymagana', 'must'],
    ['konieczna', 'must'],
    ['obowiązkowa', 'must'],
    ['mile_widziana', 'nice'],
    ['opcjonalna', 'nice'],
    ['pożądana', 'nice'],
  ])('priority: %s is %s', (word, priority) => {
    const { model, diagnostics } = analyzeSources({ 'a.ccp': `function f { priority: ${word} }` });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.functions[0]!.priority).toBe(priority);
  });

  it('still refuses a word that is no basis, naming the values', () => {
    const { diagnostics } = analyzeSources({ 'a.ccp': 'data klient { personal: true  basis: umówiona }' });
    expect(diagnostics.map((d) => d.code)).toContain('CCP2003');
  });
});
