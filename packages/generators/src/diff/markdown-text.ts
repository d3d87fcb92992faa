/** Markdown text helpers shared by the diff's renderers. */

/** Escapes text from .ccp files for Markdown (GitHub-flavoured): no markup, HTML, table breaks or mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]()|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    // autolinks: a URL or a www. address in model text stays text
    .replace(/:\/\//g, '\\://')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** An id in a code span; ids are letters, digits, `_` and `-`, but a stray backtick must not end the span. */
export const code = (id: string) => `\`${id.replace(/`/g, "'")}\``;
export const named = (e: { id: string; name: string | null }) => (e.name ? `${code(e.id)} ${escapeMarkdown(e.name)}` : code(e.id));

