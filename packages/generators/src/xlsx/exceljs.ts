import type ExcelJSNamespace from 'exceljs';

export type ExcelJS = typeof ExcelJSNamespace;

let loaded: Promise<ExcelJS> | undefined;

/** exceljs, loaded on first use: it takes a noticeable time to import and most commands never need it. */
export function loadExcelJS(): Promise<ExcelJS> {
  loaded ??= import('exceljs').then((m) => ((m as unknown as { default?: ExcelJS }).default ?? (m as unknown as ExcelJS)));
  return loaded;
}
