/**
 * An XML id (an NCName, ASCII only) from a prefix and a model id: letters, digits, `_`, `-` and `.` stay, anything
 * else becomes `_`, and a short hash of the model id is appended when something was replaced, so different ids
 * never meet and the same id always gives the same XML id (a call activity in one file names the process of
 * another file by it).
 */
export function xmlId(prefix: string, id: string): string {
  const ascii = id.replace(/[^A-Za-z0-9_.-]/g, '_');
  if (ascii === id) return `${prefix}_${id}`;
  let hash = 0x811c9dc5;
  for (const ch of id) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `${prefix}_${ascii}_${hash.toString(36)}`;
}
