import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { cursor, LspClient } from './lsp-client.js';
import { at } from './cursor.js';

const roles = `role agent "Konsultant" {
  description: "Answers calls and registers tickets."
  access: crm read write
}

role supervisor "Team leader" {
  span: 12
}

system crm "CRM" {
  kind: crm
}
`;

/** main.ccp with a cursor marker; every test opens its own variant. */
const main = `process complaint "Complaints" {
  owner: supervisor
  step register {
    by: agent
    next: assess
  }
  step assess {
    by: agnet
    end
  }
}

process refund "Refunds" {
  owner: supervisor
  step register {
    by: agent
    next: pay
  }
  step pay {
    by: supervisor
    uses: payout
    end
  }
}
`;


let client: LspClient;

beforeAll(async () => {
  client = await LspClient.start({ 'roles.ccp': roles, 'main.ccp': main, 'more/extra.ccp': 'role helper {\n  backup: nobody\n}\n' });
});
afterAll(async () => {
  await client.stop();
});

async function openAt(source: string) {
  const { text, position } = cursor(source);
  const uri = await client.open('main.ccp', text);
  return { uri, position, text };
}

const labels = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);

describe('diagnostics', () => {
  it('reports the same findings as ccp check, with ranges, for the open buffer', async () => {
    await client.open('main.ccp', main);
    const list = await client.waitForDiagnostics('main.ccp', (l) => l.some((d) => d.code === 'undefined-reference'));
    const agnet = list.find((d) => d.code === 'undefined-reference' && d.message.includes("'agnet'"))!;
    expect(agnet.range).toEqual({ start: { line: 7, character: 8 }, end: { line: 7, character: 13 } });
    expect(agnet.severity).toBe(1);
    expect(list.some((d) => d.code === 'undefined-reference' && d.message.includes("'payout'"))).toBe(true);
  });

  it('updates as the buffer changes, and checks files that are not open', async () => {
    await client.change('main.ccp', main.replace('by: agnet', 'by: agent').replace('uses: payout\n', ''));
    await client.waitForDiagnostics('main.ccp', (l) => !l.some((d) => d.code === 'undefined-reference'));
    // more/extra.ccp is only on disk, never opened: its findings come all the same
    const extra = await client.waitForDiagnostics('more/extra.ccp', (l) => l.some((d) => d.code === 'undefined-reference'));
    expect(extra.find((d) => d.code === 'undefined-reference')!.range.start).toEqual({ line: 1, character: 10 });
    await client.change('main.ccp', main);
    await client.waitForDiagnostics('main.ccp', (l) => l.some((d) => d.code === 'undefined-reference'));
  });

  it('reports syntax errors while typing', async () => {
    await client.change('main.ccp', main.replace('owner: supervisor', 'owner supervisor'));
    const list = await client.waitForDiagnostics('main.ccp', (l) => l.some((d) => String(d.code).startsWith('CCP1')));
    expect(list.find((d) => String(d.code).startsWith('CCP1'))!.range.start.line).toBe(1);
    await client.change('main.ccp', main);
  });
});

describe('completion', () => {
  it('offers only roles after by:', async () => {
    const { uri, position } = await openAt(at(main, 'agnet'));
    const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
    expect(items.sort()).toEqual(['agent', 'helper', 'supervisor']);
  });

  it('offers the steps of the same process after next:', async () => {
    const { uri, position } = await openAt(at(main, 'pay\n', 0));
    const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
    expect(items.sort()).toEqual(['pay', 'register']);
  });

  it('offers field names of the kind, and nested keywords', async () => {
    const { uri, position } = await openAt(at(main, 'end', 0));
    const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
    expect(items).toEqual(expect.arrayContaining(['by', 'uses', 'reads', 'writes', 'next', 'end', 'decide']));
    expect(items).not.toContain('process');
  });

  it('offers nothing inside a quoted text or a comment', async () => {
    for (const source of [main.replace('"Complaints"', '"Compl<|>aints"'), main.replace('by: agnet', 'by: agnet // a note<|>')]) {
      const { uri, position } = await openAt(source);
      const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
      expect(items).toEqual([]);
    }
  });

  it('offers otherwise and the quantities of the process inside a decide block', async () => {
    const source = 'process q {\n  quantities: claim_value\n  step a {\n    decide {\n      <|>\n    }\n  }\n}\n';
    const { uri, position } = await openAt(source);
    const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
    expect(items.sort()).toEqual(['claim_value', 'handling_cost', 'otherwise', 'value']);
  });

  it('offers declaration keywords at the top level', async () => {
    const { uri, position } = await openAt(main + '\n<|>');
    const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
    expect(items).toEqual(expect.arrayContaining(['process', 'role', 'system', 'data', 'function', 'import']));
    expect(items).not.toContain('by');
  });
});

describe('hover', () => {
  it('shows the display name, the description and where the element is used', async () => {
    const { uri, position } = await openAt(at(main, 'agent', 0, 2));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('Konsultant');
    expect(value).toContain('Answers calls and registers tickets.');
    expect(value).toMatch(/Used 2 times/);
    expect(value).toContain("step 'register'");
  });
});

describe('hover on words of the language', () => {
  it('explains a field name with an example', async () => {
    const { uri, position } = await openAt(at(main, 'next', 0, 1));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('**next** (step)');
    expect(value).toContain('Names a step.');
    expect(value).toContain('next: assess');
  });

  it('explains a declaration keyword', async () => {
    const { uri, position } = await openAt(at(main, 'process', 0, 2));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    expect((hover!.contents as MarkupContent).value).toMatch(/^\*\*process\*\*: /);
  });
});

describe('navigation', () => {
  it('goes to a definition in another file', async () => {
    const { uri, position } = await openAt(at(main, 'supervisor', 0, 1));
    const loc = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location;
    expect(loc.uri).toBe(client.uri('roles.ccp'));
    expect(loc.range.start).toEqual({ line: 5, character: 5 });
  });

  it('goes to a step in the same process', async () => {
    const { uri, position } = await openAt(at(main, 'assess', 0));
    const loc = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location;
    expect(loc.range.start).toEqual({ line: 6, character: 7 });
  });

  it('finds references across files', async () => {
    const { uri, position } = await openAt(at(main, 'supervisor', 0));
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    }))!;
    expect(refs.filter((r) => r.uri === client.uri('roles.ccp')).length).toBe(1);
    expect(refs.filter((r) => r.uri === uri).map((r) => r.range.start.line)).toEqual([1, 13, 19]);
  });
});

describe('rename', () => {
  it('renames an id across files', async () => {
    const { uri, position } = await openAt(at(main, 'agent', 0, 1));
    const range = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    expect(range).toEqual({ start: { line: 3, character: 8 }, end: { line: 3, character: 13 } });
    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'consultant' })) as WorkspaceEdit;
    expect(edit.changes![client.uri('roles.ccp')]!.map((e) => e.range.start)).toEqual([{ line: 0, character: 5 }]);
    expect(edit.changes![uri]!.map((e) => e.range.start.line).sort((a, b) => a - b)).toEqual([3, 15]);
    expect(edit.changes![uri]!.every((e) => e.newText === 'consultant')).toBe(true);
  });

  it('keeps a step rename inside its process', async () => {
    const { uri, position } = await openAt(at(main, 'register', 1));
    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'intake' })) as WorkspaceEdit;
    expect(edit.changes![uri]!.map((e) => e.range.start.line)).toEqual([14]);
  });

  it('refuses an invalid id', async () => {
    const { uri, position } = await openAt(at(main, 'agent', 0, 1));
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'two words' })).rejects.toThrow(/not a valid id/);
  });
});

describe('outline and formatting', () => {
  it('lists blocks with their steps', async () => {
    const uri = await client.open('main.ccp', main);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['complaint', 'refund']);
    expect(symbols[0]!.detail).toContain('Complaints');
    expect(symbols[1]!.children!.map((s) => s.name)).toEqual(['register', 'pay']);
  });

  it('formats a document with the formatter', async () => {
    const uri = await client.open('main.ccp', 'process   p {owner: supervisor\n  step s { by: agent\n end }}\n');
    const edits = (await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(edits).toHaveLength(1);
    expect(edits[0]!.newText).toBe('process p {\n  owner: supervisor\n  step s {\n    by: agent\n    end\n  }\n}\n');
  });
});

describe('code actions', () => {
  const actionsAt = async (needle: string) => {
    const { uri, position } = await openAt(at(main, needle, 0, 1));
    const list = await client.waitForDiagnostics('main.ccp', (l) => l.some((d) => d.message.includes(`'${needle}'`)));
    const diagnostic = list.find((d) => d.message.includes(`'${needle}'`))!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [diagnostic] },
    });
    return { uri, actions: (actions ?? []) as { title: string; edit?: WorkspaceEdit }[] };
  };

  it('fixes a misspelt reference', async () => {
    const { uri, actions } = await actionsAt('agnet');
    const fix = actions.find((a) => a.title === "Change to 'agent'")!;
    expect(fix.edit!.changes![uri]).toEqual([{ range: { start: { line: 7, character: 8 }, end: { line: 7, character: 13 } }, newText: 'agent' }]);
  });

  it('declares a missing function', async () => {
    const { uri, actions } = await actionsAt('payout');
    const declare = actions.find((a) => a.title === "Declare function 'payout'")!;
    const [edit] = declare.edit!.changes![uri]!;
    expect(edit!.newText).toBe('\nfunction payout {}\n');
    expect(edit!.range.start.line).toBe(main.split('\n').length - 1);
  });
});
