import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idPart, xmlAttr, xmlClean, xmlText } from '@ccp/generators/reqif';

describe('XML escaping for ReqIF', () => {
  it('escapes markup in text and attributes, and keeps tab and line breaks in attributes as references', () => {
    expect(xmlText('a < b && c > "d" \'e\'')).toBe('a &lt; b &amp;&amp; c &gt; "d" \'e\'');
    expect(xmlAttr('a < b & "c"\t\r\nd')).toBe('a &lt; b &amp; &quot;c&quot;&#9;&#10;d');
    expect(xmlText('zażółć 🎧')).toBe('zażółć 🎧');
  });

  it('drops what XML 1.0 cannot carry: C0 controls but tab and line ends, lone surrogates, U+FFFE, U+FFFF', () => {
    expect(xmlClean('a\u0000b\u0001\u0008\u000b\u000c\u001fc\uFFFE\uFFFF\uD800d\uDC00e\u{1F3A7}')).toBe('abcde\u{1F3A7}');
    expect(xmlClean('x\r\ny\rz')).toBe('x\ny\nz');
  });

  it('never lets a raw markup character, quote or control character through (3,000 strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const a = xmlAttr(s);
        expect(a).not.toMatch(/[<>"\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f]|&(?!(amp|lt|gt|quot|#9|#10);)/);
        expect(xmlText(s)).not.toMatch(/[<>\r]|&(?!(amp|lt|gt);)/);
      }),
      { numRuns: 3000 },
    );
  });

  it('makes identifiers that are valid XML names after a prefix, and one-to-one (3,000 pairs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), (a, b) => {
        expect(`REQ${idPart(a)}`).toMatch(/^REQ[-_][A-Za-z0-9_.-]*$/);
        expect(idPart(a) === idPart(b)).toBe(a === b);
      }),
      { numRuns: 3000 },
    );
    expect(idPart('open_ticket')).toBe('-open_ticket');
    expect(idPart('zgłoszenie')).toBe('_x7a67c5826f737a656e6965');
    expect(idPart('')).toBe('_x');
  });
});
