// The page of `ccp serve` inside VS Code's preview (packages/vscode, src/preview-panel.ts). The server serves this
// script, and adds it and <meta name="ccp-embed"> to the page, only when it was started for the extension (embed
// mode). Messages are accepted only from the parent frame, from an origin the server names, and only of two shapes:
// {type:'hello'} and {type:'show', anchor} (app.js's window.ccpPage.show opens the element). The page posts
// {type:'reveal', anchor} or {type:'reveal', file, line, column} to that parent when an element's heading, a
// diagram node or a finding's location is clicked. Plain browser JavaScript, no build step.
'use strict';
(() => {
  const embedMeta = document.querySelector('meta[name="ccp-embed"]');
  if (embedMeta && window.parent !== window) embedIn(embedMeta.content.split(/\s+/).filter(Boolean));

  function embedIn(parents) {
    const ANCHOR = /^[A-Za-z0-9_-]{1,200}$/;
    const KINDS = ['process', 'step', 'role', 'system', 'touchpoint', 'function', 'channel', 'data', 'kpi'];
    /** Mermaid node-id prefixes of the flowcharts (generators/mermaid) and the anchors' kinds. */
    const NODE_KINDS = { st: 'step', tp: 'touchpoint', ln: 'role', pr: 'process', sy: 'system' };
    let parentOrigin = null;
    const allowed = (origin) => parents.some((p) => (p.endsWith(':') ? origin.startsWith(`${p}//`) : origin === p));
    document.documentElement.classList.add('embedded');

    window.addEventListener('message', (e) => {
      if (e.source !== window.parent || typeof e.origin !== 'string' || !allowed(e.origin)) return;
      const m = e.data;
      if (!m || typeof m !== 'object' || Array.isArray(m)) return;
      const keys = Object.keys(m).sort().join(',');
      if (m.type === 'hello' && keys === 'type') {
        parentOrigin = e.origin;
        window.parent.postMessage({ type: 'ready' }, parentOrigin);
      } else if (m.type === 'show' && keys === 'anchor,type' && typeof m.anchor === 'string' && ANCHOR.test(m.anchor)) {
        parentOrigin = e.origin;
        window.ccpPage?.show(m.anchor);
      }
    });

    function post(message) {
      if (parentOrigin) window.parent.postMessage(message, parentOrigin);
    }

    /** The Mermaid node id of an element id, as generators/mermaid/escape.ts nodeId() spells it. */
    function mermaidNodeId(prefix, id) {
      if (/^[A-Za-z0-9_]*$/.test(id)) return `${prefix}_${id}`;
      let out = `${prefix}_`;
      for (const ch of id.normalize('NFC')) {
        const base = ch === 'ł' ? 'l' : ch === 'Ł' ? 'L' : ch.normalize('NFD').replace(/\p{M}/gu, '');
        if (/^[A-Za-z0-9_]+$/.test(base)) out += base;
        else if (ch === '-') out += '_';
        else out += `u${(ch.codePointAt(0) ?? 0).toString(16)}`;
      }
      return out;
    }

    /** The anchor of the element a flowchart node stands for, or null (start, end, notes, connectors). */
    function nodeAnchor(nodeId, figure) {
      const m = /^([a-z]{2})_(.+)$/.exec(nodeId);
      const kind = m && NODE_KINDS[m[1]];
      if (!kind) return null;
      const unsuffixed = nodeId.replace(/_\d+$/, '');
      if (kind === 'step') {
        const rows = [...(figure.closest('article.process')?.querySelectorAll('tr[id^="step-"]') ?? [])];
        const idOf = (row) => mermaidNodeId('st', row.querySelector('code.id')?.textContent ?? '');
        return (rows.find((r) => idOf(r) === nodeId) ?? rows.find((r) => idOf(r) === unsuffixed))?.id ?? null;
      }
      // other kinds: the anchors on the page (elements and links to them), compared as node ids spell them
      const wanted = [m[2], unsuffixed.slice(3)];
      for (const el of document.querySelectorAll(`[id^="${kind}-"], a[href^="#${kind}-"]`)) {
        const anchor = el.id || el.getAttribute('href').slice(1);
        if (wanted.includes(anchor.slice(kind.length + 1).replace(/-/g, '_'))) return anchor;
      }
      return null;
    }

    /**
     * The Mermaid id of a drawn node or subgraph: its `data-id` where Mermaid writes one, else its element id, which
     * Mermaid 11 spells `<svg id>-flowchart-<node id>-<n>` for nodes and `<svg id>-<subgraph id>` for subgraphs.
     */
    function mermaidIdOf(g) {
      const data = g.getAttribute('data-id');
      if (data) return data;
      const svgId = g.ownerSVGElement?.id ?? '';
      const id = g.id.startsWith(`${svgId}-`) ? g.id.slice(svgId.length + 1) : g.id;
      const node = /^flowchart-(.+)-\d+$/.exec(id);
      return node ? node[1] : id;
    }

    /** The element anchor a heading or a step's first cell belongs to. */
    function headingAnchor(target) {
      const head = target.closest('article.element > h3, article.element > h4, tr[id] > td:first-child');
      const el = head?.closest('[id]');
      if (!el || !KINDS.some((k) => el.id.startsWith(`${k}-`))) return null;
      return el.id;
    }

    document.addEventListener(
      'click',
      (e) => {
        if (!parentOrigin || !(e.target instanceof Element)) return;
        const link = e.target.closest('a[href^="vscode://file"]');
        if (link) {
          e.preventDefault();
          const m = /^vscode:\/\/file(.+):(\d+):(\d+)$/.exec(link.getAttribute('href'));
          let file;
          try {
            file = m && decodeURI(m[1]);
          } catch {
            file = null;
          }
          if (file) post({ type: 'reveal', file, line: Number(m[2]), column: Number(m[3]) });
          return;
        }
        if (e.target.closest('a, button')) return;
        const node = e.target.closest('figure.diagram svg g.node, figure.diagram svg g.cluster');
        const figure = node?.closest('figure.diagram');
        const anchor = node ? nodeAnchor(mermaidIdOf(node), figure) : headingAnchor(e.target);
        if (anchor) post({ type: 'reveal', anchor });
      },
      true,
    );
  }
})();
