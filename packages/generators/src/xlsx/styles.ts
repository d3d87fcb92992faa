import type { Fill, Style } from 'exceljs';

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const top = { vertical: 'top' as const, wrapText: true };
/** Text format: what is typed into such a cell stays text, so editing `=1+1` in it never makes a formula. */
const asText = '@';

/** Fill of a must-have row (tests look for it). */
export const mustFill = 'FFFCE4D6';

/**
 * One frozen object per look. exceljs recognises a style object it has seen before by identity, so sharing these
 * keeps writing linear; a cell's style is always replaced with one of them, never mutated.
 */
export function stylePresets() {
  const s = <T extends Partial<Style>>(style: T) => Object.freeze(style) as Partial<Style>;
  return {
    header: s({ font: { bold: true, color: { argb: 'FFFFFFFF' } }, fill: solid('FF1F4E79'), alignment: { vertical: 'middle', wrapText: true }, border }),
    vendorHeader: s({ font: { bold: true, color: { argb: 'FFFFFFFF' } }, fill: solid('FFBF8F00'), alignment: { vertical: 'middle', wrapText: true }, border }),
    text: s({ numFmt: asText, alignment: top }),
    number: s({ alignment: { vertical: 'top' } }),
    must: s({ numFmt: asText, alignment: top, fill: solid(mustFill) }),
    mustPriority: s({ numFmt: asText, alignment: top, fill: solid(mustFill), font: { bold: true, color: { argb: 'FF9C0006' } } }),
    muted: s({ numFmt: asText, alignment: top, font: { italic: true, color: { argb: 'FF808080' } } }),
    vendor: s({ numFmt: asText, alignment: top, fill: solid('FFFFF2CC'), border, protection: { locked: false } }),
    vendorCost: s({ alignment: top, fill: solid('FFFFF2CC'), border, protection: { locked: false }, numFmt: '#,##0.00' }),
    note: s({ font: { italic: true } }),
    title: s({ font: { bold: true, size: 16, color: { argb: 'FF1F4E79' } } }),
    heading: s({ font: { bold: true, size: 12, color: { argb: 'FF1F4E79' } } }),
    label: s({ numFmt: asText, font: { bold: true }, alignment: top }),
    ordinal: s({ alignment: { horizontal: 'right', vertical: 'top' } }),
    hint: s({ numFmt: asText, font: { italic: true }, alignment: top }),
    input: s({ numFmt: asText, fill: solid('FFFFF2CC'), border, protection: { locked: false }, font: { bold: true }, alignment: top }),
    plain: s({}),
  };
}

export type StylePresets = ReturnType<typeof stylePresets>;
