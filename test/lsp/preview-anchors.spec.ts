import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '@ccp/core';
import { analyzeProject, nodeHost } from '@ccp/language';
import { buildDocsView, asciiSlug as docsSlug } from '@ccp/generators/docs';
import { asciiSlug, elementAt, pageAnchors, PREVIEW_ANCHOR_AT, PREVIEW_ANCHOR_LOCATION } from '@ccp/lsp';
import type { Location } from 'vscode-languageserver-protocol';
import { repoRoot } from '../support/paths.js';
import { LspClient } from './lsp-client.js';

// Issue 21, must-show 3: the VS Code preview asks the language server for the page anchor under the cursor and for
// the declaration of an anchor clicked on the page. The server repeats the docs' anchor rules (it does not depend on
// the generators); these tests hold them to the anchors the page really has.

type Listed = { id: string; anchor: string; steps?: { id: string; anchor: string }[] };

/** Every element anchor of the docs' view (what `ccp serve` and spec.html show), as `kind:id -> anchor`. */
function viewAnchors(model: Model): Map<string, string> {
  const view = buildDocsView(model, [], undefined) as unknown as Record<string, Listed[]>;
  const out = new Map<string, string>();
  for (const p of view.processes!) {
    out.set(`process:${p.id}`, p.anchor);
    for (const s of p.steps ?? []) out.set(`step:${p.id}:${s.id}`, s.anchor);
  }
  const lists = { roles: 'role', systems: 'system', touchpoints: 'touchpoint', functions: 'function', channels: 'channel', data: 'data', kpis: 'kpi' };
  for (const [list, kind] of Object.entries(lists)) for (const e of view[list] ?? []) out.set(`${kind}:${e.id}`, e.anchor);
  return out;
}

/** The same, from the server's pageAnchors. */
function serverAnchors(model: Model): Map<string, string> {
  const anchors = pageAnchors(model);
  const out = new Map<string, string>();
  for (const p of model.processes) {
    out.set(`process:${p.id}`, anchors.anchorOf(p)!);
    for (const s of p.steps) out.set(`step:${p.id}:${s.id}`, anchors.anchorOf(s)!);
  }
  for (const list of [model.roles, model.systems, model.touchpoints, model.functions, model.channels, model.data, model.kpis]) {
    for (const e of list) out.set(`${e.kind}:${e.id}`, anchors.anchorOf(e)!);
  }
  return out;
}

/** Ids that clash once slugged: obsługa/obsluga, and the steps p.q-r and p-q.r (both `step-p-q-r`). */
const CLASHING = `role obsługa "Service" { }
role obsluga "Service 2" { }
process p "P" {
  owner: obsługa
  step q-r { by: obsluga  end }
}
process p-q "Q" {
  owner: obsluga
  step r { by: obsługa  end }
}
`;

describe('the page anchors the language server computes', () => {
  it.each([['acme-contact-center'], ['gaps'], ['sklep-internetowy']])('are the docs view anchors of every element of %s', (name) => {
    const dir = join(repoRoot, 'examples', name);
    const { model } = analyzeProject(nodeHost, dir, [dir]);
    const expected = viewAnchors(model);
    expect(expected.size).toBeGreaterThan(10);
    expect(serverAnchors(model)).toEqual(expected);
  });

  it('are the same with ids that clash once slugged (suffixes -2 in the same order)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-anchors-'));
    try {
      writeFileSync(join(dir, 'ccp.config.json'), '{}\n');
      writeFileSync(join(dir, 'main.ccp'), CLASHING);
      const { model } = analyzeProject(nodeHost, dir, [dir]);
      const expected = viewAnchors(model);
      expect([...expected.values()]).toEqual(expect.arrayContaining(['role-obsluga', 'role-obsluga-2', 'step-p-q-r', 'step-p-q-r-2']));
      expect(serverAnchors(model)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('slug as the docs do', () => {
    for (const text of ['obsługa', 'Straße', 'a b/c', '', 'ÆØ-đ', 'x'.repeat(90), '日本']) expect(asciiSlug(text)).toBe(docsSlug(text));
  });
});

describe('the element under the cursor', () => {
  const dir = join(repoRoot, 'examples', 'acme-contact-center');
  const { model, texts } = analyzeProject(nodeHost, dir, [dir]);
  const anchors = pageAnchors(model);
  const at = (file: string, needle: string, delta = 0) => {
    const text = texts.get(file)!;
    const i = text.indexOf(needle);
    expect(i, needle).toBeGreaterThanOrEqual(0);
    const e = elementAt(model, file, i + delta);
    return e ? anchors.anchorOf(e) : undefined;
  };

  it('is the innermost declaration: a step inside its process, the process on its own lines', () => {
    expect(at('processes/complaints.ccp', 'uses: take_call')).toBe('step-complaint-register');
    expect(at('processes/complaints.ccp', 'step assess')).toBe('step-complaint-assess');
    expect(at('processes/complaints.ccp', 'otherwise -> investigate')).toBe('step-complaint-assess');
    expect(at('processes/complaints.ccp', 'owner: complaints_lead')).toBe('process-complaint');
    expect(at('organisation.ccp', 'role agent', 6)).toBe('role-agent');
  });

  it('is the page section for kinds without an element of their own, and nothing between declarations', () => {
    expect(at('project.ccp', 'project acme')).toBe('overview');
    expect(at('project.ccp', 'import "organisation.ccp"')).toBeUndefined();
  });
});

describe('the preview requests, through the real server', () => {
  let client: LspClient;
  let work: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'ccp-preview-lsp-'));
    cpSync(join(repoRoot, 'examples', 'acme-contact-center'), work, { recursive: true });
    client = await LspClient.startAt(work);
  }, 60_000);
  afterAll(async () => {
    await client?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('answer the anchor at a position and the declaration of an anchor, and null for an unknown anchor', async () => {
    const file = 'processes/complaints.ccp';
    const text = readFileSync(join(work, file), 'utf8');
    const uri = await client.open(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('uses: take_call'));
    expect(await client.connection.sendRequest(PREVIEW_ANCHOR_AT, { textDocument: { uri }, position: { line, character: 6 } })).toBe('step-complaint-register');
    const role = (await client.connection.sendRequest(PREVIEW_ANCHOR_LOCATION, { textDocument: { uri }, anchor: 'role-complaints_lead' })) as Location;
    const organisation = readFileSync(join(work, 'organisation.ccp'), 'utf8').split('\n');
    expect(fileURLToPath(role.uri)).toBe(join(work, 'organisation.ccp'));
    expect(organisation[role.range.start.line]!.slice(role.range.start.character)).toMatch(/^complaints_lead\b/);
    expect(await client.connection.sendRequest(PREVIEW_ANCHOR_LOCATION, { textDocument: { uri }, anchor: 'role-nobody' })).toBeNull();
    expect(await client.connection.sendRequest(PREVIEW_ANCHOR_LOCATION, { textDocument: { uri }, anchor: 42 })).toBeNull();
  });
});
