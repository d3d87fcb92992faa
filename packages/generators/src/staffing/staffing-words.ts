import type { OutputLanguage } from '@ccp/core';

/**
 * The words of `ccp staffing` (terminal table, shift plan, staffing.xlsx) per output language. The Polish table has
 * the same keys, which the compiler checks; test/staffing/staffing-words.spec.ts checks that no text is left English.
 */
const en = {
  // terminal table
  designErrors: (a: { errors: number }) => `Made from a design with ${a.errors} error${a.errors === 1 ? '' : 's'} (--force): the figures may be incomplete.`,
  heading: (a: { month?: string; shrinkage: string; causes: string; hours: number }) =>
    `Staffing${a.month ? ` for ${a.month}` : ''}: shrinkage ${a.shrinkage}${a.causes ? ` (${a.causes})` : ''}, ${a.hours} h per FTE per week`,
  rowHeader: ['channel', 'interval', 'volume', 'aht s', 'target', 'agents', 'SL', 'ASA s', 'occupancy', 'abandoned', 'backlog', 'FTE'],
  channels: 'Channels',
  channelHeader: ['channel', 'model', 'contacts/week', 'peak agents', 'at', 'agent h/week', 'FTE', 'cost/contact', 'loaded cost/contact'],
  note: 'note',
  kpisNotMet: 'KPIs the plan does not meet',
  finding: 'finding',
  backOffice: 'Back office (process volume x step times, per role)',
  backOfficeHeader: ['process', 'role', 'cases/week', 'min per case', 'hours/week', 'FTE'],
  peoplePerRole: 'People per role (supervisors from span of control)',
  roleHeader: ['role', 'channels', 'channel FTE', 'back-office FTE', 'reports', 'span', 'required', 'headcount', 'gap'],
  costPerCase: 'Cost of one case per process',
  cheapest: 'cheapest path',
  costliest: 'costliest path',
  expected: 'expected (by shares)',
  allSteps: 'all steps',
  uncosted: 'steps without cost',
  process: 'process',
  nothingToStaff: 'No channel has both a volume and an AHT: nothing to staff.',
  skipped: 'skipped',
  targetIn: 'in',
  occupancyAtMost: 'occ<=',
  abandonedAtMost: 'aband<=',
  models: { 'erlang-c': 'erlang-c', 'erlang-a': 'erlang-a', deferred: 'deferred' } as Record<'erlang-c' | 'erlang-a' | 'deferred', string>,
  // scenario comparison
  scenarioHeading: (a: { id: string; name?: string; changes: string }) => `Scenario ${a.id}${a.name ? ` "${a.name}"` : ''}: ${a.changes}`,
  noChanges: 'no changes',
  scenario: 'scenario',
  comparisonHeader: ['channel', 'contacts/week', 'scenario', 'peak agents', 'scenario', 'FTE', 'scenario', 'delta FTE'],
  comparisonRowHeader: ['channel', 'interval', 'volume', 'scenario', 'agents', 'scenario', 'SL', 'scenario', 'FTE', 'scenario'],
  // shift plan
  shiftPlan: (a: { total: number }) => `Shift plan: ${a.total} agent${a.total === 1 ? '' : 's'}`,
  shiftChannelHeader: ['channel', 'patterns', 'status', 'agents', 'paid h/week', 'uncovered'],
  shiftHeader: ['channel', 'shift', 'length', 'break', 'agents', 'covers'],
  shiftSources: { declared: 'declared', default: 'default' } as Record<'declared' | 'default', string>,
  defaultPatterns: { 'full-time': 'full-time', 'part-time': 'part-time' } as Record<string, string>,
  shiftStatus: { optimal: 'optimal', infeasible: 'infeasible' } as Record<'optimal' | 'infeasible', string>,
  overPlanned: (a: { over: number; all: number; extra: number }) =>
    `${a.over} of ${a.all} intervals are planned above their requirement (${a.extra} agent-intervals in all; per interval in --format json)`,
  noShiftPlan: (a: { channel: string; reason: string }) => `${a.channel}: no shift plan (${a.reason})`,
  busyHourBasis: (a: { channel: string }) =>
    `${a.channel}: no intraday profile, so every open half hour is planned at the busy hour's agents (an upper bound); an intraday profile gives a plan that follows the day`,
  // staffing.xlsx
  sheet: 'Staffing',
  scenarioSheet: 'Scenario',
  sheetShrinkage: (a: { shrinkage: string; hours: number }) => `Shrinkage ${a.shrinkage}, ${a.hours} h per FTE per week`,
  agentsPerInterval: 'Agents per interval',
  sheetRowHeader: ['Channel', 'Interval', 'Interval s', 'Volume', 'AHT s', 'Target %', 'Target s', 'Max occupancy', 'Model', 'Agents', 'Service level', 'ASA s', 'Occupancy', 'Abandoned', 'FTE'],
  sheetChannels: 'Channels',
  sheetChannelHeader: ['Channel', 'Name', 'Model', 'Contacts per week', 'Peak agents', 'Peak interval', 'Agent hours per week', 'FTE', 'Cost per contact', 'Loaded cost per contact', 'Notes'],
  sheetPeople: 'People per role',
  sheetRoleHeader: ['Role', 'Name', 'Channels', 'Channel FTE', 'Reports', 'Span', 'Required', 'Headcount', 'Gap'],
  sheetCost: 'Cost of one case per process',
  sheetCostHeader: ['Process', 'Name', 'Cheapest path', 'Costliest path'],
  sheetExpected: 'Expected (by shares)',
  sheetAllSteps: 'All steps',
  sheetUncosted: 'Steps without cost',
  sheetScenario: (a: { name: string; changes: string }) => `Scenario ${a.name}: ${a.changes}`,
  sheetComparisonHeader: ['Channel', 'Contacts per week', 'Scenario', 'Peak agents', 'Scenario', 'FTE', 'Scenario', 'Delta FTE'],
};

export type StaffingWords = typeof en;

const pl: StaffingWords = {
  designErrors: (a) => `Wyliczone z projektu z błędami (${a.errors}, --force): liczby mogą być niepełne.`,
  heading: (a) =>
    `Obsada${a.month ? ` na miesiąc ${a.month}` : ''}: shrinkage ${a.shrinkage}${a.causes ? ` (${a.causes})` : ''}, ${a.hours} h na etat tygodniowo`,
  rowHeader: ['kanał', 'przedział', 'wolumen', 'aht s', 'cel', 'konsultanci', 'SL', 'ASA s', 'obłożenie', 'porzucone', 'zaległe', 'etaty'],
  channels: 'Kanały',
  channelHeader: ['kanał', 'model', 'kontakty/tydz.', 'szczyt konsultantów', 'przedział szczytu', 'godz. konsultantów/tydz.', 'etaty', 'koszt/kontakt', 'koszt pełny/kontakt'],
  note: 'uwaga',
  kpisNotMet: 'KPI, których plan nie spełnia',
  finding: 'problem',
  backOffice: 'Back office (wolumen procesu x czasy kroków, na rolę)',
  backOfficeHeader: ['proces', 'rola', 'sprawy/tydz.', 'min na sprawę', 'godz./tydz.', 'etaty'],
  peoplePerRole: 'Osoby w rolach (przełożeni z rozpiętości kierowania)',
  roleHeader: ['rola', 'kanały', 'etaty w kanałach', 'etaty back office', 'podwładni', 'rozpiętość', 'potrzebne', 'zatrudnieni', 'różnica'],
  costPerCase: 'Koszt jednej sprawy w procesie',
  cheapest: 'najtańsza ścieżka',
  costliest: 'najdroższa ścieżka',
  expected: 'oczekiwany (wg udziałów)',
  allSteps: 'wszystkie kroki',
  uncosted: 'kroki bez kosztu',
  process: 'proces',
  nothingToStaff: 'Żaden kanał nie ma jednocześnie wolumenu i AHT: nie ma czego obsadzać.',
  skipped: 'pominięty',
  targetIn: 'w',
  occupancyAtMost: 'obł.<=',
  abandonedAtMost: 'porz.<=',
  models: { 'erlang-c': 'erlang-c', 'erlang-a': 'erlang-a', deferred: 'praca odroczona' },
  scenarioHeading: (a) => `Scenariusz ${a.id}${a.name ? ` "${a.name}"` : ''}: ${a.changes}`,
  noChanges: 'bez zmian',
  scenario: 'scenariusz',
  comparisonHeader: ['kanał', 'kontakty/tydz.', 'scenariusz', 'szczyt konsultantów', 'scenariusz', 'etaty', 'scenariusz', 'zmiana etatów'],
  comparisonRowHeader: ['kanał', 'przedział', 'wolumen', 'scenariusz', 'konsultanci', 'scenariusz', 'SL', 'scenariusz', 'etaty', 'scenariusz'],
  shiftPlan: (a) => `Plan zmian: ${a.total} ${polishPeople(a.total)}`,
  shiftChannelHeader: ['kanał', 'wzorce', 'status', 'konsultanci', 'płatne h/tydz.', 'niepokryte'],
  shiftHeader: ['kanał', 'zmiana', 'długość', 'przerwa', 'konsultanci', 'pokrywa'],
  shiftSources: { declared: 'zadeklarowane', default: 'domyślne' },
  defaultPatterns: { 'full-time': 'pełny-etat', 'part-time': 'pół-etatu' },
  shiftStatus: { optimal: 'optymalny', infeasible: 'niewykonalny' },
  overPlanned: (a) =>
    `${a.over} z ${a.all} przedziałów ma w planie więcej osób, niż wymaga (razem ${a.extra} przedziałów-konsultantów; szczegóły w --format json)`,
  noShiftPlan: (a) => `${a.channel}: brak planu zmian (${a.reason})`,
  busyHourBasis: (a) =>
    `${a.channel}: brak profilu dobowego, więc każde otwarte pół godziny planowane jest z obsadą godziny szczytu (górne oszacowanie); profil dobowy daje plan, który podąża za dniem`,
  sheet: 'Obsada',
  scenarioSheet: 'Scenariusz',
  sheetShrinkage: (a) => `Shrinkage ${a.shrinkage}, ${a.hours} h na etat tygodniowo`,
  agentsPerInterval: 'Konsultanci w przedziałach',
  sheetRowHeader: ['Kanał', 'Przedział', 'Przedział (s)', 'Wolumen', 'AHT (s)', 'Cel (%)', 'Cel (s)', 'Maks. obłożenie', 'Model', 'Konsultanci', 'Poziom obsługi', 'ASA (s)', 'Obłożenie', 'Porzucone', 'Etaty'],
  sheetChannels: 'Kanały',
  sheetChannelHeader: ['Kanał', 'Nazwa', 'Model', 'Kontakty tygodniowo', 'Szczyt konsultantów', 'Przedział szczytu', 'Godziny konsultantów tygodniowo', 'Etaty', 'Koszt kontaktu', 'Pełny koszt kontaktu', 'Uwagi'],
  sheetPeople: 'Osoby w rolach',
  sheetRoleHeader: ['Rola', 'Nazwa', 'Kanały', 'Etaty w kanałach', 'Podwładni', 'Rozpiętość', 'Potrzebne', 'Zatrudnieni', 'Różnica'],
  sheetCost: 'Koszt jednej sprawy w procesie',
  sheetCostHeader: ['Proces', 'Nazwa', 'Najtańsza ścieżka', 'Najdroższa ścieżka'],
  sheetExpected: 'Oczekiwany (wg udziałów)',
  sheetAllSteps: 'Wszystkie kroki',
  sheetUncosted: 'Kroki bez kosztu',
  sheetScenario: (a) => `Scenariusz ${a.name}: ${a.changes}`,
  sheetComparisonHeader: ['Kanał', 'Kontakty tygodniowo', 'Scenariusz', 'Szczyt konsultantów', 'Scenariusz', 'Etaty', 'Scenariusz', 'Zmiana etatów'],
};

/** 1 konsultant; with any other number the genitive, as after "dwóch" or "pięciu": 2 konsultantów, 5 konsultantów. */
function polishPeople(n: number): string {
  return n === 1 ? 'konsultant' : 'konsultantów';
}

export const staffingWordsByLanguage: Record<OutputLanguage, StaffingWords> = { en, pl };

/** The staffing words of a language (English when none is given). */
export function staffingWords(language: OutputLanguage | undefined): StaffingWords {
  return staffingWordsByLanguage[language ?? 'en'] ?? en;
}
