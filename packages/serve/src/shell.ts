import { escapeHtml } from './html.js';
import { META_CONTENT_SECURITY_POLICY } from './security.js';
import type { ServeWords } from './serve-words.js';

/**
 * The page's frame: a header with the live status, a slot for the table of contents, and the main column, which
 * app.js fills from `api/page` and keeps up to date. No inline script: scripts come from the server only.
 */
export function shellHtml(title: string, lang: string, words: ServeWords, embedParents?: readonly string[]): string {
  // embed mode (the VS Code preview): the origins (or `scheme:`) of the parent frames embed.js may talk to
  const embed = embedParents ? `<meta name="ccp-embed" content="${escapeHtml(embedParents.join(' '))}">\n` : '';
  const embedScript = embedParents ? '\n<script src="embed.js" defer></script>' : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(META_CONTENT_SECURITY_POLICY)}">
<meta name="generator" content="ccp serve">
${embed}<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="app.css">
<script src="diagrams.js" defer></script>
<script src="app.js" defer></script>${embedScript}
</head>
<body data-words="${escapeHtml(JSON.stringify(words.page))}">
<a class="skip-link" href="#main">${escapeHtml(words.skip)}</a>
<header class="page-header">
<h1 id="top">${escapeHtml(title)}</h1>
<p class="live" id="live" role="status" aria-live="polite">${escapeHtml(words.live)}</p>
</header>
<div class="layout">
<div id="toc-slot"></div>
<main id="main" tabindex="-1" aria-busy="true"></main>
</div>
</body>
</html>
`;
}
