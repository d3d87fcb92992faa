/**
 * XML text for ReqIF: what crosses from the model into XML is escaped here and nowhere else.
 *
 * XML 1.0 cannot carry C0 control characters other than tab, LF and CR (not even as character references), lone
 * surrogates, U+FFFE or U+FFFF: they are dropped. CR LF and lone CR become LF, as an XML reader would make them.
 */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Model text with what XML cannot hold removed and line ends normalised to LF. */
export function xmlClean(text: string): string {
  return text.replace(notXml, '').replace(/\r\n?/g, '\n');
}

/** Escaped for element content. */
export function xmlText(text: string): string {
  return xmlClean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escaped for a double-quoted attribute value. Tab and LF are written as character references, since an XML reader
 * turns a literal one in an attribute into a space.
 */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/**
 * A part of an `xsd:ID` made from any text, stable and one-to-one: `-` and the text itself when it is made of ASCII
 * letters, digits, `_`, `.` and `-`; otherwise `_x` and the hexadecimal UTF-8 bytes. The two forms never meet (the
 * first character differs), so different texts give different identifiers, and the same text the same one in every
 * version of the design (tools match re-imported objects by IDENTIFIER).
 */
export function idPart(text: string): string {
  if (/^[A-Za-z0-9_.-]+$/.test(text)) return `-${text}`;
  return `_x${Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
