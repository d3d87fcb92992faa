import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { generateDiagrams } from '@ccp/generators/mermaid';
import { generateDocs, loadTemplates } from '@ccp/generators/docs';
import { modelJsonText } from '@ccp/generators/json';
import { staffingReport } from '@ccp/staffing';
import { staffingWorkbook } from '@ccp/generators/staffing';
import { writeSpecXlsx } from '@ccp/generators/xlsx';
import { examples } from './support/corpus.js';

/**
 * Generators read no clock (STYLE.md habit 4): the same model gives the same bytes at any time. Needed by the
 * atomic-output test (a file is "old" or "new" only if both are reproducible) and for clean git diffs of outputs.
 */
afterEach(() => {
  vi.useRealTimers();
});

async function at<T>(iso: string, run: () => Promise<T> | T): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  try {
    return await run();
  } finally {
    vi.useRealTimers();
  }
}

describe('every generator is independent of the clock', () => {
  const acme = examples.find((e) => e.name === 'acme-contact-center')!;
  const analysis = analyzeSources(acme.files);
  const model = analysis.model;
  const outputs: [string, () => Promise<unknown> | unknown][] = [
    ['mermaid', () => generateDiagrams(model)],
    ['json', () => modelJsonText(model, { texts: analysis.texts })],
    ['docs', async () => generateDocs({ model, templates: loadTemplates().templates })],
    ['spec.xlsx', async () => Buffer.from(await writeSpecXlsx(model, { version: '1', date: '2026-01-01' })).toString('base64')],
    ['staffing.xlsx', async () => Buffer.from(await staffingWorkbook(staffingReport(model))).toString('base64')],
  ];
  for (const [name, run] of outputs) {
    it(`${name}: the same bytes in 2001 and 2031`, async () => {
      const a = await at('2001-02-03T04:05:06Z', run);
      const b = await at('2031-12-30T23:59:58Z', run);
      expect(b).toEqual(a);
    });
  }
});
