import { describe, expect, it } from 'vitest';
import { protectEntities } from '@ccp/render';

describe('protectEntities (SVG text labels)', () => {
  it('swaps each entity code for one private-use placeholder per character', () => {
    const { text, chars } = protectEntities('a["x #quot;y#quot; #35;1 #amp; #60;"]');
    expect(text).toBe('a["x \ue000y\ue000 \ue0011 \ue002 \ue003"]');
    expect(chars).toEqual({ '\ue000': '"', '\ue001': '#', '\ue002': '&', '\ue003': '<' });
  });
  it('leaves unknown names and invalid numbers alone', () => {
    expect(protectEntities('#foo; #55296; #0;').text).toBe('#foo; #55296; #0;');
  });
  it('does nothing when the text already holds private-use characters', () => {
    expect(protectEntities('\ue000 #quot;')).toEqual({ text: '\ue000 #quot;', chars: {} });
  });
});
