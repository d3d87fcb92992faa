// The diagrams of the `ccp serve` page (packages/serve): Mermaid flowcharts and journeys drawn by the bundled
// Mermaid when they come near the viewport (or on request when large), and each process's BPMN diagram drawn on
// request by the bundled bpmn-js viewer. app.js calls `window.ccpDiagrams.prepare(root)` for every element it puts
// in the page. Plain browser JavaScript, no build step; loaded before app.js.
'use strict';
(() => {
  /** The texts shown here, in the design's language (the server puts them on the body). */
  const words = JSON.parse(document.body.dataset.words || '{}');
  const say = (text, values) => String(text ?? '').replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  /** Mermaid text -> SVG markup, so an unchanged diagram is not drawn again. */
  const svgs = new Map();

  /**
   * Loads the bundled Mermaid (3.5 MB) once, after the first content is shown, so the page does not wait for it.
   * Resolves false when it cannot be loaded (the diagrams then stay as Mermaid text).
   */
  let mermaidLoaded;
  let mermaidConfig = {};
  let autoRenderEdges = 400;
  function loadMermaid() {
    const config = mermaidConfig;
    mermaidLoaded ??= new Promise((resolve) => {
      const script = document.createElement('script');
      script.src = 'mermaid.js';
      script.addEventListener('load', () => {
        const { autoRenderEdges: _limit, ...rest } = config;
        window.mermaid.initialize(rest);
        resolve(true);
      });
      script.addEventListener('error', () => resolve(false));
      document.head.append(script);
    });
    return mermaidLoaded;
  }

  // ---- diagrams ----------------------------------------------------------------------------------------------
  let queue = Promise.resolve();
  let drawn = 0;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        draw(e.target);
      }
    },
    { rootMargin: '600px 0px' },
  );

  /**
   * Puts a drawn diagram in place of its source. `keepView`: for a diagram drawn later (Mermaid is asynchronous);
   * during an update, the update keeps the view itself (restoreScroll), and measuring here would lay the page out
   * once per diagram.
   */
  function showSvg(pre, svg, keepView = false) {
    const before = keepView ? pre.getBoundingClientRect() : null;
    const div = document.createElement('div');
    div.className = 'svg';
    div.innerHTML = svg;
    pre.replaceWith(div);
    // a diagram drawn above the viewport keeps what is in view where it was (the page does its own anchoring:
    // the browser's, overflow-anchor, is off, as it guessed wrong after updates)
    if (before && before.bottom <= 0 && before.height > 0) {
      const delta = div.getBoundingClientRect().height - before.height;
      if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
    }
  }

  function draw(pre) {
    queue = queue.then(async () => {
      if (!pre.isConnected || !(await loadMermaid())) return;
      const text = pre.textContent;
      let svg = svgs.get(text);
      if (svg === undefined) {
        try {
          svg = (await window.mermaid.render(`ccp-diagram-${++drawn}`, text)).svg;
        } catch {
          pre.classList.add('not-drawn');
          return;
        }
        if (svgs.size > 500) svgs.delete(svgs.keys().next().value);
        svgs.set(text, svg);
      }
      if (pre.isConnected) showSvg(pre, svg, true);
    });
  }

  // ---- BPMN, drawn on request by bpmn-js's viewer (served as bpmn.js) ------------------------------------------
  let bpmnLoaded = null;
  /** Processes whose BPMN diagram is open: it opens again when an update brings the process anew. */
  const bpmnOpen = new Set();
  function loadBpmn() {
    bpmnLoaded ??= new Promise((resolve) => {
      const script = document.createElement('script');
      script.src = 'bpmn.js';
      script.addEventListener('load', () => resolve(typeof window.BpmnJS === 'function'));
      script.addEventListener('error', () => resolve(false));
      document.head.append(script);
    });
    return bpmnLoaded;
  }

  /** A button after a process's flowchart that shows its BPMN diagram below it (and hides it again). */
  function offerBpmn(holder) {
    const id = holder.dataset.bpmn;
    const flowchart = holder.querySelector('figure.diagram');
    if (!id || !flowchart || holder.querySelector('.bpmn-toggle')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bpmn-toggle';
    button.textContent = say(words.bpmn, {});
    button.setAttribute('aria-expanded', 'false');
    let figure = null;
    button.addEventListener('click', async () => {
      if (figure) {
        figure.remove();
        figure = null;
        bpmnOpen.delete(id);
        button.textContent = say(words.bpmn, {});
        button.setAttribute('aria-expanded', 'false');
        return;
      }
      figure = document.createElement('figure');
      figure.className = 'diagram bpmn';
      const canvas = document.createElement('div');
      canvas.className = 'bpmn-canvas';
      const caption = document.createElement('figcaption');
      caption.textContent = say(words.bpmnTitle, {});
      figure.append(canvas, caption);
      button.after(figure);
      button.textContent = say(words.hideBpmn, {});
      button.setAttribute('aria-expanded', 'true');
      bpmnOpen.add(id);
      const shown = figure;
      try {
        if (!(await loadBpmn())) throw new Error('bpmn.js');
        const response = await fetch(`bpmn/${encodeURIComponent(id)}.bpmn`, { cache: 'no-store', credentials: 'same-origin' });
        if (!response.ok) throw new Error(`${response.status}`);
        const xml = await response.text();
        if (figure !== shown) return;
        const viewer = new window.BpmnJS({ container: canvas });
        await viewer.importXML(xml);
        viewer.get('canvas').zoom('fit-viewport');
        shown.dataset.drawn = 'true';
      } catch (error) {
        canvas.textContent = say(words.bpmnFailed, { error: error.message });
      }
    });
    flowchart.after(button);
    if (bpmnOpen.has(id)) button.click();
  }

  /** Diagrams in a new element: drawn at once when known, when near the viewport, or on request when large. */
  function prepareDiagrams(root) {
    for (const holder of root.querySelectorAll('[data-bpmn]')) offerBpmn(holder);
    for (const pre of root.querySelectorAll('figure.diagram pre.mermaid-source')) {
      const text = pre.textContent;
      const known = svgs.get(text);
      if (known !== undefined) {
        showSvg(pre, known);
        continue;
      }
      const edges = (text.match(/--|==|-\./g) || []).length;
      if (edges > autoRenderEdges) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'draw';
        button.textContent = say(words.draw, { n: edges });
        // its source (thousands of lines) stays folded: laid out on every update, it would slow the page down
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = say(words.source, { n: text.split('\n').length });
        pre.replaceWith(details);
        details.append(summary, pre);
        button.addEventListener('click', () => {
          button.remove();
          details.replaceWith(pre);
          draw(pre);
        });
        details.before(button);
      } else observer.observe(pre);
    }
  }

  /** Mermaid's configuration from the page's version (mermaidConfig of @ccp/render), and the auto-draw limit. */
  function configure(config) {
    mermaidConfig = config;
    if (typeof config.autoRenderEdges === 'number') autoRenderEdges = config.autoRenderEdges;
  }

  window.ccpDiagrams = Object.freeze({ prepare: prepareDiagrams, configure, load: loadMermaid });
})();
