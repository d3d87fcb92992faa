import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from '@ccp/staffing';

const week = (mo: number, tu: number, we: number, th: number, fr: number, sa: number, su: number) => ({ mo, tu, we, th, fr, sa, su });

describe('parseOpeningHours', () => {
  it('reads day ranges and single days, in English and Polish, with any dash', () => {
    expect(parseOpeningHours('Mo-Fr 08:00-20:00; Sa 09:00-15:00')).toEqual(week(12, 12, 12, 12, 12, 6, 0));
    expect(parseOpeningHours('Pn–Pt 8:00–18:00')).toEqual(week(10, 10, 10, 10, 10, 0, 0));
    expect(parseOpeningHours('Codziennie 8:00–22:00')).toEqual(week(14, 14, 14, 14, 14, 14, 14));
    expect(parseOpeningHours('Sa-Mo 10-14')).toEqual(week(4, 0, 0, 0, 0, 4, 4));
  });

  it('prefers day ranges to 24/7 and reads overnight hours', () => {
    expect(parseOpeningHours('24/7, answered Mo-Fr 08:00-18:00')).toEqual(week(10, 10, 10, 10, 10, 0, 0));
    expect(parseOpeningHours('24/7')).toEqual(week(24, 24, 24, 24, 24, 24, 24));
    expect(parseOpeningHours('Fr 22:00-02:00')).toEqual(week(0, 0, 0, 0, 4, 0, 0));
  });

  it('returns undefined for text it cannot read', () => {
    expect(parseOpeningHours(undefined)).toBeUndefined();
    expect(parseOpeningHours('business hours')).toBeUndefined();
    expect(parseOpeningHours('Xx 08:00-10:00')).toBeUndefined();
  });
});
