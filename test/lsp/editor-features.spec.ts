import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  CompletionTriggerKind,
  FoldingRangeRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type SymbolInformation,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { cursor, LspClient } from './lsp-client.js';
import { items } from './cursor.js';

/** Workspace symbols, semantic tokens, folding, completion after `field: `, where snippets appear, quick fixes across files, untitled buffers. */
const roles = `// Who does the work.
// Two roles for now.
role agent "Konsultant" {
  headcount: 4
}

role supervisor "Team leader" {
  span: 12
}
`;

const main = `system crm "CRM" {
  kind: crm
}

data ticket "Ticket" {
  in: crm
}

process complaint "Complaints" {
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
`;

let client: LspClient;

beforeAll(async () => {
  client = await LspClient.start({ 'roles.ccp': roles, 'main.ccp': main });
  await client.open('main.ccp', main);
  await client.waitForDiagnostics('main.ccp', (l) => l.some((d) => d.code === 'undefined-reference'));
});
afterAll(async () => {
  await client.stop();
});


async function completeAt(source: string, triggerCharacter?: string) {
  const { text, position } = cursor(source);
  const uri = await client.open('main.ccp', text);
  const context = triggerCharacter ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter } : { triggerKind: CompletionTriggerKind.Invoked };
  return items(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context }));
}

describe('workspace symbols', () => {
  it('finds declarations of every file by id or display name, steps with their process', async () => {
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'konsul' })) as WorkspaceSymbol[];
    expect(found.map((s) => [s.name, (s.location as { uri: string }).uri])).toEqual([['agent — Konsultant', client.uri('roles.ccp')]]);
    const steps = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'regist' })) as SymbolInformation[];
    expect(steps.map((s) => [s.name, s.containerName, s.location.range.start])).toEqual([['register', 'complaint', { line: 10, character: 7 }]]);
  });
});

describe('semantic tokens', () => {
  it('tells the kinds of ids apart, declarations marked', async () => {
    const legend = client.capabilities.semanticTokensProvider!.legend;
    expect(new Set(legend.tokenTypes).size).toBe(legend.tokenTypes.length);
    const { data } = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: client.uri('main.ccp') } });
    const lines = main.split('\n');
    const tokens: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
      const text = lines[line]!.slice(char, char + data[i + 2]!);
      const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4]! & (1 << bit));
      tokens.push(`${text}:${legend.tokenTypes[data[i + 3]!]}${modifiers.length ? '+' + modifiers.join('+') : ''}`);
    }
    expect(tokens).toEqual([
      'crm:interface+declaration',
      'ticket:struct+declaration',
      'crm:interface',
      'complaint:namespace+declaration',
      'supervisor:class',
      'register:method+declaration',
      'agent:class',
      'assess:method',
      'assess:method+declaration',
    ]);
  });
});

describe('folding ranges', () => {
  it('folds blocks (the closing brace stays visible) and runs of line comments', async () => {
    const main = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: client.uri('main.ccp') } });
    expect(main!.map((r) => [r.startLine, r.endLine])).toEqual([
      [0, 1],
      [4, 5],
      [8, 17],
      [10, 12],
      [14, 16],
    ]);
    const { text } = cursor(roles + '<|>');
    await client.open('roles.ccp', text);
    const folded = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: client.uri('roles.ccp') } });
    expect(folded!.map((r) => [r.startLine, r.endLine, r.kind ?? 'region'])).toEqual([
      [0, 1, 'comment'],
      [2, 3, 'region'],
      [6, 7, 'region'],
    ]);
  });
});

describe('completion', () => {
  it('stays open after `field: `: the space brings the values, elsewhere a space brings nothing', async () => {
    const afterSpace = await completeAt(main.replace('by: agnet', 'by: <|>'), ' ');
    expect(afterSpace.map((i) => i.label).sort()).toEqual(['agent', 'supervisor']);
    const afterComma = await completeAt(main.replace('by: agent', 'by: agent, <|>'), ' ');
    expect(afterComma.map((i) => i.label).sort()).toEqual(['agent', 'supervisor']);
    expect(await completeAt(main.replace('step assess {', 'step <|>assess {'), ' ')).toEqual([]);
    expect(await completeAt(main.replace('kind: crm', 'kind: crm <|>'), ' ')).toEqual([]);
    expect(client.capabilities.completionProvider!.triggerCharacters).toContain(' ');
  });

  it('offers declaration snippets only where a declaration can start', async () => {
    const top = await completeAt(main + '\npro<|>');
    const process = top.find((i) => i.label === 'process')!;
    expect(process.insertTextFormat).toBe(2);
    expect(process.insertText).toMatch(/^process \$\{1:id\} "\$\{2:Name\}" \{\n\towner: /);
    const inProcess = await completeAt(main.replace('  step assess {', '  st<|>\n  step assess {'));
    expect(inProcess.map((i) => i.label)).toContain('step');
    // in a value, and after a value on the same line: no declarations
    for (const source of [main.replace('by: agnet', 'by: pro<|>'), main.replace('kind: crm', 'kind: crm pro<|>'), main.replace('next: assess', 'next: assess st<|>')]) {
      const labels = (await completeAt(source)).map((i) => i.label);
      expect(labels).not.toContain('process');
      expect(labels).not.toContain('step');
      expect(labels).not.toContain('decide');
    }
    const afterValueTop = await completeAt(main.replace('system crm "CRM" {', 'system crm "CRM" ro<|> {'));
    expect(afterValueTop.map((i) => i.label)).not.toContain('role');
  });
});

describe('quick fixes', () => {
  it('declares a missing role in the file where roles are declared, after the last one', async () => {
    await client.open('main.ccp', main);
    const agnet = (d: { code?: unknown; message: string }) => d.code === 'undefined-reference' && d.message.includes("'agnet'");
    const list = await client.waitForDiagnostics('main.ccp', (l) => l.filter((d) => d.code === 'undefined-reference').length === 1 && l.some(agnet));
    const diagnostic = list.find(agnet)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: client.uri('main.ccp') },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as { title: string; edit?: WorkspaceEdit }[];
    const declare = actions.find((a) => a.title === "Declare role 'agnet'");
    if (!declare) throw new Error(JSON.stringify([diagnostic, actions.map((a) => a.title)]));
    expect(Object.keys(declare.edit!.changes!)).toEqual([client.uri('roles.ccp')]);
    const [edit] = declare.edit!.changes![client.uri('roles.ccp')]!;
    expect(edit).toEqual({ range: { start: { line: 8, character: 1 }, end: { line: 8, character: 1 } }, newText: '\n\nrole agnet {}' });
  });
});

describe('untitled buffers', () => {
  it('are analysed alone, with diagnostics published under their own URI', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'process p "P" {\n  owner: agent\n  step s { by: nobody  end }\n}\n');
    const list = await client.waitForDiagnostics(uri, (l) => l.some((d) => d.code === 'undefined-reference'));
    // alone: the workspace's roles are not its roles, so both references are undefined
    expect(list.filter((d) => d.code === 'undefined-reference').map((d) => d.range.start.line)).toEqual([1, 2]);
    const labels = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 0 } })) as CompletionItem[];
    expect(labels.map((i) => i.label)).toContain('role');
  });
});
