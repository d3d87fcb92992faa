import { describe, expect, it } from 'vitest';
import { xmlId } from './xml-id.js';

const NCNAME_ASCII = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

describe('xmlId', () => {
  it('keeps ASCII ids as they are, behind the prefix', () => {
    expect(xmlId('Activity', 'register')).toBe('Activity_register');
  });

  it('gives other ids an ASCII NCName with a hash, the same every time and different for different ids', () => {
    const a = xmlId('Process', 'status_zamówienia');
    const b = xmlId('Process', 'status_zamowienia');
    const c = xmlId('Process', 'status_zamöwienia');
    for (const id of [a, b, c]) expect(id).toMatch(NCNAME_ASCII);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(xmlId('Process', 'status_zamówienia')).toBe(a);
    expect(xmlId('Lane', 'a b<c>&"')).toMatch(NCNAME_ASCII);
  });
});
