import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProject, defaultLimits, nodeHost, ScanAhead, type Analysis } from '@ccp/language';
import { examplesDir } from '../support/paths.js';
import { tempProject } from '../support/temp-project.js';

/** The same project analysed with files read on the main thread, and read and scanned on a worker thread. */
function both(root: string): { plain: Analysis; ahead: Analysis; taken: number } {
  const plain = analyzeProject(nodeHost, root, [root], { keepSyntax: false });
  const sources = new ScanAhead(defaultLimits, { minFiles: 0 });
  try {
    const ahead = analyzeProject(nodeHost, root, [root], { keepSyntax: false, sources });
    return { plain, ahead, taken: sources.taken };
  } finally {
    sources.close();
  }
}

function expectSame(plain: Analysis, ahead: Analysis): void {
  expect(ahead.model).toStrictEqual(plain.model);
  expect(ahead.diagnostics).toStrictEqual(plain.diagnostics);
  expect([...ahead.texts.files()]).toStrictEqual([...plain.texts.files()]);
}

describe('reading and scanning on a worker thread (ScanAhead)', () => {
  for (const name of ['acme-contact-center', 'sklep-internetowy', 'gaps']) {
    it(`gives the same analysis of examples/${name}`, () => {
      const { plain, ahead, taken } = both(join(examplesDir, name));
      expectSame(plain, ahead);
      expect(taken).toBeGreaterThan(0);
    });
  }

  it('gives the same diagnostics for broken, binary, oversized and imported files', () => {
    const root = tempProject({
      'a.ccp': 'import "lib/roles.ccp"\nrole r "R" { headcount: 3 }\nprocess p { step s { by: r\n',
      'b.ccp': 'role x "Unclosed text { }\n',
      'c.ccp': new Uint8Array([0x72, 0x00, 0x6f, 0x6c, 0x65]),
      'd.ccp': new Uint8Array([0x72, 0xc3, 0x28]),
      'e.ccp': '\ufeffrole bom "BOM" { description: "a \\"quoted\\" word" }\n',
      'f.ccp': '',
      'lib/roles.ccp': 'role agent "Agent" { headcount: 5 }\n',
    });
    const { plain, ahead, taken } = both(root);
    expectSame(plain, ahead);
    expect(plain.diagnostics.length).toBeGreaterThan(3);
    expect(taken).toBeGreaterThanOrEqual(6);
  });

  it('reads every file on the main thread when the worker cannot start', () => {
    const root = join(examplesDir, 'acme-contact-center');
    const plain = analyzeProject(nodeHost, root, [root], { keepSyntax: false });
    const sources = new ScanAhead(defaultLimits, { minFiles: 0, waitMs: 200, workerUrl: new URL('file:///nonexistent/worker.js') });
    try {
      const ahead = analyzeProject(nodeHost, root, [root], { keepSyntax: false, sources });
      expectSame(plain, ahead);
      expect(sources.taken).toBe(0);
    } finally {
      sources.close();
    }
  });

  it('is not started for a project smaller than its threshold', () => {
    const root = join(examplesDir, 'acme-contact-center');
    const sources = new ScanAhead(defaultLimits);
    try {
      analyzeProject(nodeHost, root, [root], { keepSyntax: false, sources });
      expect(sources.taken).toBe(0);
    } finally {
      sources.close();
    }
  });
});
