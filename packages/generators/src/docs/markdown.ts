/**
 * Escapes text for Markdown (GitHub Flavored): HTML-significant characters become entities, characters that start
 * emphasis, code, links or table cells get a backslash (parentheses too: inside a link's text, `\[x\](javascript:...)`
 * still became a live link in marked), and line breaks become spaces (a value is one line in a
 * table cell or list item). Model text can neither format nor inject HTML or links.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()<>|#&~!]/g, (c) => {
      switch (c) {
        case '<':
          return '&lt;';
        case '>':
          return '&gt;';
        case '&':
          return '&amp;';
        default:
          return `\\${c}`;
      }
    })
    .replace(/\r\n|\r|\n/g, ' ')
    // GitHub's and marked's autolinks: a URL, a www. address or an e-mail address in model text stays text
    .replace(/:\/\//g, '\\://')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/@/g, '\\@');
}
