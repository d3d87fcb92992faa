// The page of `ccp serve` (packages/serve): fills the main column from `api/page`, then follows the server's events
// and applies only what changed, section by section and element by element, keeping the scroll position and the
// open element (the one named in the address's #fragment). Diagrams are drawn by diagrams.js (loaded before this
// file). Plain browser JavaScript, no build step; the server's CSP allows only its own scripts. Every HTML string
// inserted comes from the server, which escaped the design's text.
'use strict';
(() => {
  const main = document.getElementById('main');
  const tocSlot = document.getElementById('toc-slot');
  const status = document.getElementById('live');
  const heading = document.getElementById('top');
  /** The texts this script shows, in the design's language (the server puts them on the body). */
  const words = JSON.parse(document.body.dataset.words || '{}');
  const { prepare: prepareDiagrams, configure: configureDiagrams, load: loadMermaid } = window.ccpDiagrams;
  const say = (text, values) => String(text ?? '').replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  /** @type {Map<string, {el: HTMLElement, head: HTMLElement, items: Map<string, HTMLElement>}>} */
  const sections = new Map();
  let version = 0;
  let openId = fragmentId();
  let busy = false;
  let again = false;

  function fragmentId() {
    try {
      return decodeURIComponent(location.hash.slice(1)) || null;
    } catch {
      return null;
    }
  }

  async function fetchPage(since) {
    const response = await fetch(since ? `api/page?since=${since}` : 'api/page', { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`api/page answered ${response.status}`);
    return response.json();
  }

  // ---- items loaded as they come near the viewport ------------------------------------------------------------
  const wanted = new Set();
  let lazyTimer = null;
  const lazyObserver = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        lazyObserver.unobserve(e.target);
        wanted.add(e.target.dataset.item);
      }
      if (wanted.size > 0 && !lazyTimer) lazyTimer = setTimeout(() => void loadItems(), 16);
    },
    { rootMargin: '1500px 0px' },
  );

  function placeholder(id, columns) {
    const el = document.createElement(columns ? 'tr' : 'div');
    el.className = 'item pending';
    el.dataset.item = id;
    if (columns) {
      const cell = document.createElement('td');
      cell.colSpan = columns;
      el.append(cell);
    }
    lazyObserver.observe(el);
    return el;
  }

  /** Fetches the pending items in view (and the one holding the element `holding`, for a link to it) and shows them. */
  async function loadItems(holding) {
    lazyTimer = null;
    const ids = [...wanted];
    wanted.clear();
    if (ids.length === 0 && !holding) return;
    const v = version;
    const query = `api/items?v=${v}&ids=${encodeURIComponent(ids.join(','))}${holding ? `&anchor=${encodeURIComponent(holding)}` : ''}`;
    let items;
    try {
      const response = await fetch(query, { cache: 'no-store', credentials: 'same-origin' });
      if (response.status === 410) return void load(true);
      items = await response.json();
    } catch {
      return;
    }
    if (version !== v) {
      // the page moved on meanwhile: ask again for what is still pending
      for (const el of main.querySelectorAll('.item.pending')) lazyObserver.observe(el);
      return;
    }
    const replaced = Object.keys(items);
    const anchor = holding ? undefined : scrollAnchor({ sections: [{ items: replaced.map((id) => ({ id, html: '' })) }] });
    for (const id of replaced) {
      const el = main.querySelector(`.item.pending[data-item="${CSS.escape(id)}"]`);
      if (!el) continue;
      const fresh = el.tagName === 'TR' ? newRow(id, items[id]) : newItem(id, items[id]);
      el.replaceWith(fresh);
      sections.get(fresh.closest('[data-section]')?.dataset.section)?.items.set(id, fresh);
    }
    restoreScroll(anchor);
  }

  /**
   * Keeps `el` at the top while the page above it takes its real size: parts off screen have an estimated height
   * until they are first laid out (content-visibility), so one scroll can land beside the element.
   */
  function settle(el, frames = 20) {
    let stable = 0;
    const step = () => {
      if (!el.isConnected || frames-- <= 0 || stable >= 3) return;
      const top = el.getBoundingClientRect().top;
      if (Math.abs(top) > 2 && window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
        el.scrollIntoView();
        stable = 0;
      } else stable++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  /** Shows the element with this id (loading the item that holds it), scrolls to it and marks it open. */
  async function reveal(id, focus) {
    if (!id) return;
    if (!document.getElementById(id)) await loadItems(id);
    const el = document.getElementById(id);
    if (!el) return;
    markOpen();
    el.scrollIntoView();
    settle(el);
    if (focus) {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
    }
  }

  // ---- applying an update ------------------------------------------------------------------------------------
  /**
   * An element in view that the update leaves in place, and its offset from the top of the viewport, to put it back
   * there after the update: the open element when it is in view, else the first element in view that is not
   * replaced.
   */
  function scrollAnchor(update) {
    const changed = new Set();
    for (const s of update.sections) for (const it of s.items) if (it.html !== undefined) changed.add(it.id);
    const inView = (r) => r.bottom > 0 && r.top < window.innerHeight;
    const open = openId ? document.getElementById(openId) : null;
    const openItem = open?.closest('[data-item]');
    if (open && openItem && !changed.has(openItem.dataset.item) && inView(open.getBoundingClientRect())) return { el: open, top: open.getBoundingClientRect().top };
    for (const el of main.querySelectorAll('[data-item]')) {
      const r = el.getBoundingClientRect();
      if (r.bottom <= 0) continue;
      if (r.top >= window.innerHeight) break;
      if (!changed.has(el.dataset.item)) return { el, top: r.top };
    }
    return undefined;
  }

  function restoreScroll(anchor) {
    if (!anchor || !anchor.el.isConnected) return;
    const delta = anchor.el.getBoundingClientRect().top - anchor.top;
    if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
  }

  function markOpen() {
    for (const el of document.querySelectorAll('.is-open')) if (el.id !== openId) el.classList.remove('is-open');
    const el = openId ? document.getElementById(openId) : null;
    if (el) el.classList.add('is-open');
  }

  function newItem(id, html) {
    const el = document.createElement('div');
    el.className = 'item';
    el.dataset.item = id;
    el.innerHTML = html;
    prepareDiagrams(el);
    return el;
  }

  /** A row of a table section: the server sends `<tr>...</tr>`, parsed where a row belongs. */
  function newRow(id, html) {
    const template = document.createElement('template');
    template.innerHTML = `<table><tbody>${html}</tbody></table>`;
    const row = template.content.querySelector('tr') ?? document.createElement('tr');
    row.classList.add('item');
    row.dataset.item = id;
    return row;
  }

  function newSection(s) {
    const el = document.createElement(s.tag === 'section' ? 'section' : 'div');
    if (s.tag === 'section') el.id = s.id;
    el.dataset.section = s.id;
    el.className = `part part-${s.id}`;
    const head = document.createElement('div');
    head.className = 'part-head';
    el.append(head);
    if (!s.table) return { el, head, body: el, items: new Map() };
    // a table section: its items are the rows of the table's body
    el.classList.add('table-part');
    const table = document.createElement('table');
    const thead = document.createElement('thead');
    const body = document.createElement('tbody');
    table.append(thead, body);
    el.append(table);
    return { el, head, table, thead, body, columns: 1, items: new Map() };
  }

  /**
   * Makes `target`'s content equal to `html`, replacing only the nodes that differ: a new title of one process changes
   * one entry of a table of contents of thousands, and the browser lays out only that entry again.
   */
  function morph(target, html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    patchChildren(target, template.content);
  }

  function sameAttributes(a, b) {
    if (a.attributes.length !== b.attributes.length) return false;
    for (const { name, value } of a.attributes) if (b.getAttribute(name) !== value) return false;
    return true;
  }

  function patchChildren(old, fresh) {
    const before = [...old.childNodes];
    const after = [...fresh.childNodes];
    if (before.length !== after.length) {
      old.replaceChildren(...after);
      return;
    }
    for (let i = 0; i < before.length; i++) {
      const a = before[i];
      const b = after[i];
      if (a.isEqualNode(b)) continue;
      if (a.nodeType === Node.ELEMENT_NODE && b.nodeType === Node.ELEMENT_NODE && a.tagName === b.tagName && sameAttributes(a, b)) patchChildren(a, b);
      else a.replaceWith(b);
    }
  }

  /** Applies an update; false when it does not fit what the page has (then the whole page is fetched). */
  function apply(update) {
    if (update.base !== null && update.base !== version) return false;
    if (update.base === null) {
      main.textContent = '';
      sections.clear();
    }
    configureDiagrams(update.mermaid);
    if (update.toc && update.toc.head !== undefined) morph(tocSlot, update.toc.head);
    if (!update.toc) tocSlot.textContent = '';
    const seen = new Set();
    let previous = null;
    for (const s of update.sections) {
      let node = sections.get(s.id);
      if (!node) {
        if (s.head === undefined) return false;
        node = newSection(s);
        sections.set(s.id, node);
      }
      if (s.head !== undefined) {
        node.head.innerHTML = s.head;
        prepareDiagrams(node.head);
      }
      if (node.table && s.table) {
        if (node.table.className !== (s.table.className ?? '')) node.table.className = s.table.className ?? '';
        if (node.thead.innerHTML !== s.table.head) {
          node.thead.innerHTML = s.table.head;
          node.columns = Math.max(1, node.thead.querySelectorAll('th').length);
        }
      }
      const items = new Map();
      let before = node.table ? null : node.head;
      for (const it of s.items) {
        let el = node.items.get(it.id);
        if (it.html !== undefined && el && el.classList.contains('pending')) {
          // not loaded yet: it stays waiting, and is fetched in its newest version when it comes into view
        } else if (it.html !== undefined) {
          if (el && !node.table) {
            // the element keeps its place and the size the browser remembers for it (content-visibility: auto),
            // so nothing is measured: measuring would lay out the page, and off screen it need not be
            el.innerHTML = it.html;
            prepareDiagrams(el);
          } else {
            const fresh = node.table ? newRow(it.id, it.html) : newItem(it.id, it.html);
            if (el) el.replaceWith(fresh);
            el = fresh;
          }
        } else if (!el) {
          if (update.base !== null) return false;
          el = placeholder(it.id, node.table ? node.columns : 0);
        }
        const next = before ? before.nextSibling : node.body.firstChild;
        if (next !== el) {
          if (before) before.after(el);
          else node.body.prepend(el);
        }
        before = el;
        items.set(it.id, el);
      }
      for (const [id, el] of node.items) if (!items.has(id)) el.remove();
      node.items = items;
      const at = previous ? previous.nextSibling : main.firstChild;
      if (at !== node.el) {
        if (previous) previous.after(node.el);
        else main.prepend(node.el);
      }
      previous = node.el;
      seen.add(s.id);
    }
    for (const [id, node] of sections) {
      if (seen.has(id)) continue;
      node.el.remove();
      sections.delete(id);
    }
    version = update.version;
    // set only what differs: even the same `lang` again makes the browser style and lay out the whole page anew
    if (document.title !== update.title) document.title = update.title;
    if (heading.textContent !== update.title) heading.textContent = update.title;
    if (document.documentElement.lang !== update.lang) document.documentElement.lang = update.lang;
    const time = new Date().toLocaleTimeString(update.lang);
    status.textContent = say(update.status, { time });
    status.classList.toggle('has-errors', update.syntaxErrors > 0);
    if (update.syntaxErrors) {
      // the errors are listed on top of the page, which may be far above: a link to them, in a corner
      const link = document.createElement('a');
      link.href = '#problems';
      link.textContent = say(words.showThem, {});
      status.append(' ', link);
    }
    main.setAttribute('aria-busy', 'false');
    document.body.dataset.version = String(version);
    return true;
  }

  async function load(whole) {
    if (whole) version = 0;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      const first = version === 0;
      let update = await fetchPage(version);
      const anchor = first ? undefined : scrollAnchor(update);
      if (!apply(update)) {
        update = await fetchPage(0);
        apply(update);
      }
      markOpen();
      void loadMermaid();
      if (first && openId) void reveal(openId, false);
      else if (anchor) {
        restoreScroll(anchor);
        // and once more when the new elements have been laid out for real
        requestAnimationFrame(() => requestAnimationFrame(() => restoreScroll(anchor)));
      }
    } catch (error) {
      status.textContent = say(words.notUpdated, { error: error.message });
    } finally {
      busy = false;
      if (again) {
        again = false;
        void load();
      }
    }
  }

  window.addEventListener('hashchange', () => {
    openId = fragmentId();
    markOpen();
    const el = openId ? document.getElementById(openId) : null;
    if (el) {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
    } else void reveal(openId, true);
  });

  // the first version is fetched at once, not only when the event stream says it exists (a proxy may hold the
  // stream back: the page then shows, and says so when the stream fails)
  void load();
  const events = new EventSource('events');
  events.addEventListener('version', (e) => {
    const v = JSON.parse(e.data).version;
    if (v !== version) void load();
  });
  events.addEventListener('error', () => {
    status.textContent = say(words.offline, {});
  });

  // ---- embed mode (the VS Code preview): embed.js, which the server adds only then, shows elements through this --
  if (document.querySelector('meta[name="ccp-embed"]')) {
    /**
     * Opens the element with this anchor and scrolls to it (loading it first when needed). Elements above it may be
     * laid out only now (content-visibility, items loaded as they come near), moving it: it is put back at the top
     * for a few frames, unless another element was shown meanwhile.
     */
    const show = (anchor) => {
      if (openId === anchor && document.getElementById(anchor)) return;
      openId = anchor;
      history.replaceState(null, '', `#${anchor}`);
      markOpen();
      if (version !== 0) void reveal(anchor, false).then(() => settle(anchor, 0));
    };
    const settle = (anchor, frame) => {
      requestAnimationFrame(() => {
        const el = openId === anchor ? document.getElementById(anchor) : null;
        if (!el) return;
        if (Math.abs(el.getBoundingClientRect().top) > 2) el.scrollIntoView();
        if (frame < 20) settle(anchor, frame + 1);
      });
    };
    window.ccpPage = Object.freeze({ show });
  }
})();
