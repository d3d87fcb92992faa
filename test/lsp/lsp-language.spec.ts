import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lspEn, lspPl, referencePl } from '@ccp/core';
import { allSpecs } from '@ccp/language';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { cursor, LspClient } from './lsp-client.js';
import { at, items } from './cursor.js';

/** The same design in a Polish and in an English project: only output_language differs. */
const design = `role agent "Konsultant" {
  headcount: 2
}

process complaint "Reklamacje" {
  owner: agent
  step register "Rejestracja" {
    by: agent
    next: assess
  }
  step assess {
    by: agent
    uses: payout
    end
  }
}
`;



async function projectOf(language: 'pl' | 'en') {
  const client = await LspClient.start({ 'project.ccp': `project p { output_language: ${language} }\n` });
  const ask = async (source: string) => {
    const { text, position } = cursor(source);
    const uri = await client.open('main.ccp', text);
    return { uri, position };
  };
  const hover = async (source: string) => {
    const { uri, position } = await ask(source);
    const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (h!.contents as MarkupContent).value;
  };
  const complete = async (source: string) => {
    const { uri, position } = await ask(source);
    return items(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
  };
  return { client, hover, complete };
}

describe('the language server in a Polish project', () => {
  let pl: Awaited<ReturnType<typeof projectOf>>;
  beforeAll(async () => {
    pl = await projectOf('pl');
  });
  afterAll(async () => {
    await pl.client.stop();
  });

  it('describes an element in Polish: its kind, where it is declared and used', async () => {
    const value = await pl.hover(at(design, 'agent', 1, 2));
    expect(value).toMatch(/^\*\*rola\*\* `agent` — Konsultant/);
    expect(value).toContain('Deklaracja: main.ccp:1.');
    expect(value).toContain('3 odwołania:');
    expect(value).toContain("- `by` — krok 'register' (main.ccp:8)");
    expect(value).not.toMatch(/Declared|Used|time/);
    const step = await pl.hover(at(design, 'assess', 0, 1));
    expect(step).toContain('**krok** `assess` (w procesie `complaint`)');
    expect(step).toContain('1 odwołanie:');
  });

  it('explains a declaration keyword and a field in Polish, keeping the example as written', async () => {
    const keyword = await pl.hover(at(design, 'process', 0, 2));
    expect(keyword).toBe(`**process**: ${referencePl['process']}`);
    expect(keyword).toContain('Ciąg kroków');
    const field = await pl.hover(at(design, 'next', 0, 1));
    expect(field).toContain(`**next** (step): ${referencePl['step.next']}`);
    expect(field).toContain('Wskazuje krok.');
    expect(field).toContain('Można też pisać: `then`.');
    expect(field).toContain('```ccp\nnext: ');
    expect(field).not.toMatch(/Names|Also written/);
    const owner = await pl.hover(at(design, 'owner', 0, 1));
    expect(owner).toContain('Wskazuje rolę.');
  });

  it('gives completion details in Polish', async () => {
    const ids = await pl.complete(at(design, 'agent\n    next', 0));
    expect(ids.find((i) => i.label === 'agent')!.detail).toBe('rola — Konsultant');
    const fields = await pl.complete(at(design, 'end', 0));
    expect(fields.find((i) => i.label === 'by')!.detail).toBe(referencePl['step.by']);
    expect((fields.find((i) => i.label === 'by')!.documentation as MarkupContent).value).toContain(referencePl['step.by']);
    expect(fields.find((i) => i.label === 'end')!.detail).toBe('Proces kończy się po tym kroku.');
    expect(fields.find((i) => i.label === 'decide')!.detail).toMatch(/^Decyzja: /);
    expect(fields.find((i) => i.label === 'step')).toBeUndefined();
    const top = await pl.complete(design + '\n<|>');
    expect(top.find((i) => i.label === 'role')!.detail).toBe(referencePl['role']);
    const branch = await pl.complete('process q {\n  step a {\n    decide {\n      <|>\n    }\n  }\n}\n');
    expect(branch.find((i) => i.label === 'otherwise')!.detail).toBe('Gałąź wybierana, gdy żaden warunek nie jest spełniony.');
    expect(branch.find((i) => i.label === 'value')!.detail).toMatch(/^Wielkość procesu/);
  });

  it('names the kinds in the outline and titles its own quick fix in Polish', async () => {
    const uri = await pl.client.open('main.ccp', design);
    const symbols = (await pl.client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.detail)).toEqual(['rola — Konsultant', 'proces — Reklamacje']);
    expect(symbols[1]!.children!.map((s) => s.detail)).toEqual(['krok — Rejestracja', 'krok']);
    const list = await pl.client.waitForDiagnostics('main.ccp', (l) => l.some((d) => d.message.includes("'payout'")));
    const diagnostic = list.find((d) => d.message.includes("'payout'"))!;
    const actions = (await pl.client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as { title: string }[];
    expect(actions.map((a) => a.title)).toContain("Zadeklaruj funkcję 'payout'");
  });
});

describe('the language server in an English project', () => {
  let en: Awaited<ReturnType<typeof projectOf>>;
  beforeAll(async () => {
    en = await projectOf('en');
  });
  afterAll(async () => {
    await en.client.stop();
  });

  it('keeps its English texts', async () => {
    const value = await en.hover(at(design, 'agent', 1, 2));
    expect(value).toMatch(/^\*\*role\*\* `agent` — Konsultant/);
    expect(value).toContain('Declared at main.ccp:1.');
    expect(value).toContain('Used 3 times:');
    expect(value).toContain("- `by` of step 'register' (main.ccp:8)");
    const field = await en.hover(at(design, 'next', 0, 1));
    const next = allSpecs.find((s) => s.keyword === 'step')!.fields.find((f) => f.name === 'next')!;
    expect(field).toContain(`**next** (step): ${next.doc}\n\nNames a step.\n\nAlso written: \`then\`.`);
    const fields = await en.complete(at(design, 'end', 0));
    expect(fields.find((i) => i.label === 'end')!.detail).toBe('The process ends after this step.');
    const ids = await en.complete(at(design, 'agent\n    next', 0));
    expect(ids.find((i) => i.label === 'agent')!.detail).toBe('role — Konsultant');
  });
});

describe('the Polish reference and the texts of the language server (completeness)', () => {
  it('has a Polish text, different from the English one, for every keyword and field', () => {
    const missing: string[] = [];
    const same: string[] = [];
    const keys = new Set<string>();
    for (const spec of allSpecs) {
      for (const [key, english] of [[spec.keyword, spec.doc], ...spec.fields.map((f) => [`${spec.keyword}.${f.name}`, f.doc])] as [string, string][]) {
        keys.add(key);
        const polish = referencePl[key];
        if (!polish) missing.push(key);
        else if (polish === english) same.push(key);
      }
    }
    expect(missing).toEqual([]);
    expect(same).toEqual([]);
    // nothing left over from a field that was renamed or removed
    expect(Object.keys(referencePl).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has every text of lsp-en.ts in lsp-pl.ts, in Polish', () => {
    const sample = { kind: 'role', process: 'p', where: 'main.ccp:1', n: 2, field: 'by', owner: "step 's'", kinds: ['role'], aliases: '`a`', name: 'N', id: 'x' };
    for (const key of Object.keys(lspEn) as (keyof typeof lspEn)[]) {
      expect(typeof lspPl[key], key).toBe('function');
      const en = (lspEn[key] as (a: typeof sample) => string)(sample);
      const pl = (lspPl[key] as (a: typeof sample) => string)(sample);
      expect(pl, key).toBeTruthy();
      expect(pl, key).not.toBe(en);
    }
  });
});
