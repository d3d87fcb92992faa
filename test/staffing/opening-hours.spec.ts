import { describe, expect, it } from 'vitest';
import { formatOpeningHours, openHoursPerDay, readOpeningHours, type WeekOpening } from '@ccp/staffing';

const week = (mo: number, tu: number, we: number, th: number, fr: number, sa: number, su: number) => ({ mo, tu, we, th, fr, sa, su });

function read(text: string): WeekOpening {
  const r = readOpeningHours(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.week;
}
const hours = (text: string) => openHoursPerDay(read(text));

describe('readOpeningHours: the one reader of hours (staffing, ccp check, docs)', () => {
  // Every reading the issue lists, with the hours per day it means.
  const readings: [string, ReturnType<typeof week>][] = [
    ['Mo-Fr 08:00-20:00; Sa 09:00-15:00', week(12, 12, 12, 12, 12, 6, 0)],
    ['24/7', week(24, 24, 24, 24, 24, 24, 24)],
    ['Mon–Fri 8-20', week(12, 12, 12, 12, 12, 0, 0)],
    ['daily 8:00-22:00', week(14, 14, 14, 14, 14, 14, 14)],
    ['Pn–Pt 8:00–18:00', week(10, 10, 10, 10, 10, 0, 0)],
    ['pon.-pt. 8:00-20:00, sob. 9:00-15:00', week(12, 12, 12, 12, 12, 6, 0)],
    ['poniedziałek-piątek 8-16', week(8, 8, 8, 8, 8, 0, 0)],
    ['sobota 9-13', week(0, 0, 0, 0, 0, 4, 0)],
    ['niedz. 10-14', week(0, 0, 0, 0, 0, 0, 4)],
    ['nd 10:00-14:00', week(0, 0, 0, 0, 0, 0, 4)],
    ['codziennie 8-16', week(8, 8, 8, 8, 8, 8, 8)],
    ['Codziennie 8:00–22:00', week(14, 14, 14, 14, 14, 14, 14)],
    ['całodobowo', week(24, 24, 24, 24, 24, 24, 24)],
    ['Mo-Fr 08:00-12:00, 13:00-17:00', week(8, 8, 8, 8, 8, 0, 0)],
    ['pon.-sob. 8-20, niedz. nieczynne', week(12, 12, 12, 12, 12, 12, 0)],
    ['24/7; Su closed', week(24, 24, 24, 24, 24, 24, 0)],
    ['Mo-Su 8-20; nd zamknięte', week(12, 12, 12, 12, 12, 12, 0)],
    ['Sa, Su 10-14', week(0, 0, 0, 0, 0, 4, 4)],
    ['Sa-Mo 10-14', week(4, 0, 0, 0, 0, 4, 4)],
    ['od poniedziałku do piątku 8-16', week(8, 8, 8, 8, 8, 0, 0)],
    ['Mo-Fr 8.30-16.30', week(8, 8, 8, 8, 8, 0, 0)],
    ['Mo-Fr 24h', week(24, 24, 24, 24, 24, 0, 0)],
    ['Mo-Su 00:00-24:00', week(24, 24, 24, 24, 24, 24, 24)],
  ];
  for (const [text, expected] of readings) it(`reads "${text}"`, () => expect(hours(text)).toEqual(expected));

  it('keeps several ranges a day apart, and closed days empty', () => {
    const w = read('Mo-Fr 08:00-12:00, 13:00-17:00; Sa 9-13');
    expect(w.mo).toEqual([{ start: 480, end: 720 }, { start: 780, end: 1020 }]);
    expect(w.sa).toEqual([{ start: 540, end: 780 }]);
    expect(w.su).toEqual([]);
  });

  it('runs a range past midnight into the next day', () => {
    const w = read('Fr 22:00-02:00');
    expect(w.fr).toEqual([{ start: 1320, end: 1440 }]);
    expect(w.sa).toEqual([{ start: 0, end: 120 }]);
    expect(openHoursPerDay(w)).toEqual(week(0, 0, 0, 0, 2, 2, 0));
  });

  it('lets a later rule replace an earlier one for its days', () => {
    expect(hours('Mo-Su 8-20; Sa 9-13')).toEqual(week(12, 12, 12, 12, 12, 4, 12));
  });

  // Refusals: never a guess. The error names the part it stopped at, with its offsets in the text.
  const refusals: [string, string][] = [
    ['business hours', 'business'],
    ['Xx 08:00-10:00', 'Xx'],
    ['24/7, answered Mo-Fr 08:00-18:00', 'answered'],
    ['Mo-Fr 25:00-26:00', '25:00'],
    ['Mo-Fr 08:00-20:00 (hotline)', '('],
    ['Mo-Fr 8-8', '8'],
    ['Mo-Fr 08:00', ''],
    ['niedz.', ''],
    ['nd', ''],
    ['closed', 'closed'],
    ['Mo-Fr 24/7', '24/7'],
    ['', ''],
    ['constructor 08:00-16:00', 'constructor'],
  ];
  for (const [text, at] of refusals) {
    it(`refuses "${text}" at "${at}"`, () => {
      const r = readOpeningHours(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(text.slice(r.error.start, r.error.end)).toBe(at);
      expect(r.error.message).toMatch(/\.$/);
    });
  }

  it('writes the hours back in one plain form, in the output language', () => {
    expect(formatOpeningHours(read('pon.-pt. 8:00-20:00, sob. 9:00-15:00'), 'pl')).toBe('Pn-Pt 08:00-20:00; Sb 09:00-15:00; Nd nieczynne');
    expect(formatOpeningHours(read('Mon–Fri 8-20'), 'en')).toBe('Mo-Fr 08:00-20:00; Sa-Su closed');
    expect(formatOpeningHours(read('całodobowo'), 'en')).toBe('24/7');
    expect(formatOpeningHours(read('24/7'), 'pl')).toBe('całodobowo');
  });
});
