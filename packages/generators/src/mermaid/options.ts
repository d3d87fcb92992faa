import type { OutputLanguage } from '@ccp/core';

/** Options shared by every diagram generator. */
export interface DiagramOptions {
  /** Show the functions and data of each step in process flowcharts (`ccp diagram --detail`). */
  detail?: boolean;
  /** Language of the fixed words (End, otherwise, ...); defaults to the project's `output_language`. */
  language?: OutputLanguage;
  /** Flowchart direction of process diagrams; `TD` (top down) by default. */
  direction?: 'TD' | 'LR';
}
