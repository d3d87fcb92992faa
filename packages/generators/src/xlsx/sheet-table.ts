/** A cell of a generated sheet: text, a number, or empty. */
export type CellValue = string | number | null;

/** How a column is shown and who fills it. */
export interface Column {
  header: string;
  /** Width in characters. */
  width: number;
  /** `vendor` columns are highlighted for the vendor to fill; `answer` carries the Supported dropdown. */
  role?: 'text' | 'number' | 'answer' | 'vendor' | 'cost';
  /** The dropdown's values for an `answer` column (default: Yes, Partial, No, Roadmap in the sheet's language). */
  choices?: string[];
}

export interface TableRow {
  cells: CellValue[];
  /** `must`: a must-have requirement, shown distinct; `muted`: shown for reference, not answered here. */
  style?: 'must' | 'muted';
  /** Whether the vendor answers this row (the dropdown covers answerable rows only). */
  answerable?: boolean;
}

/**
 * One sheet as plain data: what the writer renders and what tests compare a real spreadsheet's output with.
 * Answerable rows come first, so one range validation covers them all.
 */
export interface SheetTable {
  /** Stable key, independent of the output language: `functions`, `processes`, ... or an extra sheet's own. */
  key: string;
  /** Sheet name shown in the workbook (at most 31 characters). */
  name: string;
  columns: Column[];
  rows: TableRow[];
  /** Columns frozen at the left besides the header row (default 0). */
  frozenColumns?: number;
  /** A note printed under the table (e.g. a legend). */
  note?: string;
}

/** A sheet another generator adds to the workbook (e.g. staffing), rendered like the built-in tables. */
export interface ExtraSheet extends Omit<SheetTable, 'key'> {
  key: string;
  /** Key of the sheet it follows; appended after the built-in sheets when absent or unknown. */
  after?: string;
}
