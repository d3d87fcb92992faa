import type { OutputLanguage } from '@ccp/core';

/**
 * The fixed words of the staffing section in Markdown (`formatStaffingMarkdown`), in the docs' output language. The
 * interval names come from interval-text.ts, shared with the staffing sheet.
 */
export interface StaffingMarkdownWords {
  staffing: string;
  /** The sentence under the heading: total shrinkage with its causes, paid hours per FTE, the queueing models. */
  summary: (shrinkage: string, causes: string, hoursPerWeek: number) => string;
  /** A service-level target: `80% in 20s`. */
  serviceLevel: (percent: number, time: string) => string;
  occupancy: string;
  channel: string;
  contactsPerWeek: string;
  target: string;
  peakAgents: string;
  busiestInterval: string;
  fte: string;
  costPerContact: string;
  loadedCostPerContact: string;
  interval: string;
  volume: string;
  agents: string;
  serviceLevelColumn: string;
  asa: string;
  occupancyColumn: string;
  peoplePerRole: string;
  role: string;
  channels: string;
  span: string;
  required: string;
  headcount: string;
  gap: string;
  costOfOneCase: string;
  process: string;
  cheapestPath: string;
  costliestPath: string;
  scenario: string;
  changeInFte: string;
}

const en: StaffingMarkdownWords = {
  staffing: 'Staffing',
  summary: (shrinkage, causes, hours) =>
    `Shrinkage ${shrinkage}${causes}; ${hours} paid hours per FTE per week. Agents from Erlang C, or Erlang A where the channel gives a patience.`,
  serviceLevel: (percent, time) => `${percent}% in ${time}`,
  occupancy: 'occupancy',
  channel: 'Channel',
  contactsPerWeek: 'Contacts per week',
  target: 'Target',
  peakAgents: 'Peak agents',
  busiestInterval: 'Busiest interval',
  fte: 'FTE',
  costPerContact: 'Cost per contact',
  loadedCostPerContact: 'Loaded cost per contact',
  interval: 'Interval',
  volume: 'Volume',
  agents: 'Agents',
  serviceLevelColumn: 'Service level',
  asa: 'ASA',
  occupancyColumn: 'Occupancy',
  peoplePerRole: 'People per role',
  role: 'Role',
  channels: 'Channels',
  span: 'Span',
  required: 'Required',
  headcount: 'Headcount',
  gap: 'Gap',
  costOfOneCase: 'Cost of one case',
  process: 'Process',
  cheapestPath: 'Cheapest path',
  costliestPath: 'Costliest path',
  scenario: 'Scenario',
  changeInFte: 'Change in FTE',
};

// The same terms as the Polish docs (docs/words.ts) and the Polish workbook (xlsx/labels.ts).
const pl: StaffingMarkdownWords = {
  staffing: 'Obsada',
  summary: (shrinkage, causes, hours) =>
    `Absencja (shrinkage) ${shrinkage}${causes}; ${hours} płatnych godzin na etat tygodniowo. Konsultanci z modelu Erlang C, a gdy kanał podaje cierpliwość klientów, z modelu Erlang A.`,
  serviceLevel: (percent, time) => `${percent}% w ${time}`,
  occupancy: 'obłożenie',
  channel: 'Kanał',
  contactsPerWeek: 'Kontakty tygodniowo',
  target: 'Cel',
  peakAgents: 'Konsultanci w szczycie',
  busiestInterval: 'Najbardziej obciążony przedział',
  fte: 'Etaty (FTE)',
  costPerContact: 'Koszt obsługi kontaktu',
  loadedCostPerContact: 'Pełny koszt kontaktu',
  interval: 'Przedział',
  volume: 'Wolumen',
  agents: 'Konsultanci',
  serviceLevelColumn: 'Poziom obsługi',
  asa: 'ASA',
  occupancyColumn: 'Obłożenie',
  peoplePerRole: 'Osoby w rolach',
  role: 'Rola',
  channels: 'Kanały',
  span: 'Rozpiętość kierowania',
  required: 'Potrzeba',
  headcount: 'Liczba osób',
  gap: 'Różnica',
  costOfOneCase: 'Koszt jednej sprawy',
  process: 'Proces',
  cheapestPath: 'Najtańsza ścieżka',
  costliestPath: 'Najdroższa ścieżka',
  scenario: 'Scenariusz',
  changeInFte: 'Zmiana etatów',
};

export function staffingMarkdownWords(language: OutputLanguage | undefined): StaffingMarkdownWords {
  return language === 'pl' ? pl : en;
}
