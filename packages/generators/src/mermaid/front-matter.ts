import { pushAll } from '@ccp/core';
/**
 * The YAML front matter that starts a Mermaid diagram (`---` ... `---`): its title, shown above the picture, and
 * settings such as the layout engine. The title is a YAML double-quoted string: `\` is escaped and `"` becomes `”` (so
 * the title is one quoted run, as every other label of ccp's Mermaid is), control
 * characters and line breaks become spaces. Mermaid shows it as text, but does not decode entity codes there (with
 * HTML labels `#lt;` would show as written), so `<` and `>` become `‹` and `›`: no markup reaches the `.mmd` or the
 * Markdown that embeds it. Mermaid looks for `%%{...}%%` directives anywhere in the text, titles included, so the
 * first `%` of `%%` becomes `％`.
 */
export function frontMatter(title: string | undefined, config: string[] = []): string[] {
  const lines = ['---'];
  if (title !== undefined) lines.push(`title: ${yamlString(title)}`);
  if (config.length > 0) {
    lines.push('config:');
    pushAll(lines, config.map((l) => `  ${l}`));
  }
  lines.push('---');
  return lines.length === 2 ? [] : lines;
}

export function yamlString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.normalize('NFC').replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').trim();
  return `"${flat.replace(/\\/g, '\\\\').replace(/"/g, '”').replace(/</g, '‹').replace(/>/g, '›').replace(/%(?=%)/g, '％')}"`;
}
