import type { OutputLanguage } from '@ccp/core';

/**
 * The notes and reasons of the staffing report, per output language: one function per text, the Polish table with
 * the same keys (checked by the compiler). Numbers arrive rounded; the language writes its decimal separator.
 */
const num = (x: number) => String(x);
const en = {
  noVolume: () => 'no volume',
  noAht: () => 'no aht',
  concurrency: (a: { n: number; aht: number }) => `concurrency ${a.n}: the Erlang model runs on the effective handling time aht / ${a.n} = ${num(a.aht)} s`,
  hoursUnreadable: (a: { hours: string; reason?: string }) => `hours "${a.hours}" cannot be read${a.reason ? `: ${a.reason}` : ''}`,
  noHours: () => 'no hours; assumed Mo-Fr 08:00-16:00',
  perDay: (a: { perDay: number; days: number; week: number; weekly: boolean }) =>
    `${num(a.perDay)}/day on ${a.days} open day${a.days === 1 ? '' : 's'}: ${num(a.week)} contacts a week${a.weekly ? ', shared over the days by the weekly profile' : ''}`,
  heldToKpis: (a: { count: number; kpis: string }) => `held to KPI${a.count === 1 ? '' : 's'} ${a.kpis}: the stricter of the channel's target and the KPI's`,
  assumedTarget: () => 'no service level or ASA target; assumed 80% in 20 s',
  badOccupancy: () => 'max_occupancy must be above 0% and at most 100%; not applied',
  abandonNeedsPatience: () => 'an abandonment target needs patience (Erlang A); under Erlang C nobody abandons',
  peakFactorUnused: () => 'peak factor not used: the intraday profile gives the peaks',
  noIntraday: () => 'no intraday profile or peak factor; the busy hour is the average open hour',
  weeklyFromAverage: () => 'weekly agent hours from the average hour over the open hours',
  averageMonth: (a: { month: string; percent: number }) => `average month; the busiest month is ${a.month} at ${num(a.percent)}% (staff it with --month ${a.month})`,
  noShareForOpenDay: () => 'the weekly profile gives no share to an open day',
  closedEveryDay: () => 'closed every day',
  fteAgainst: (a: { role: string }) => `FTE counted against '${a.role}', the first of handled_by`,
  closedDayShare: (a: { day: string; percent: number; contacts: number }) =>
    `the weekly profile gives ${a.day} ${num(a.percent)}%, but the channel is closed on ${a.day}: those ${num(a.contacts)} contacts are not staffed`,
  sharedByHours: () => "no weekly profile: the week's volume is shared over the open days by their open hours",
  evenSpread: (a: { ranges: string }) => `no intraday point falls inside the open hours (${a.ranges}); the day's volume is spread evenly over them`,
  pointsOutside: (a: { points: string; ranges: string; percent: number }) =>
    `intraday points ${a.points} fall outside the open hours (${a.ranges}); their ${num(a.percent)}% is re-spread over the day's open points`,
  onDays: (a: { days: string; text: string }) => `${a.days}: ${a.text}`,
  outboundNoTarget: (a: { hours: number }) => `outbound without a target in hours: every item within its day's open hours (${num(a.hours)} h)`,
  deferredNoOccupancy: (a: { percent: number }) => `deferred work: no max_occupancy; ${num(a.percent)}% assumed`,
  deferredModel: (a: { hours: number; percent: number }) =>
    `deferred work: agents from workload within ${num(a.hours)} open hours under a ${num(a.percent)}% occupancy ceiling, the backlog carried from interval to interval`,
  day: (a: { day: string }) => a.day,
  kpiNotMet: (a: { kpi: string; measure: string; target: string; channel: string; interval: string; planned: string; agents: number }) =>
    `KPI '${a.kpi}' asks ${a.measure === 'asa' ? 'ASA' : a.measure === 'serviceLevel' ? 'service level' : a.measure} ${a.target}; in '${a.channel}' at ${a.interval} the plan gives ${a.planned} with ${a.agents} agents.`,
};

export type StaffingNotes = typeof en;

const pn = (x: number) => String(x).replace('.', ',');
const daysPl: Record<string, string> = { mo: 'pn', tu: 'wt', we: 'śr', th: 'cz', fr: 'pt', sa: 'sb', su: 'nd' };
const dayPl = (d: string) => daysPl[d] ?? d;

const pl: StaffingNotes = {
  noVolume: () => 'brak wolumenu',
  noAht: () => 'brak AHT',
  concurrency: (a) => `równoległość ${a.n}: model Erlanga liczy na efektywnym czasie obsługi aht / ${a.n} = ${pn(a.aht)} s`,
  hoursUnreadable: (a) => `nie można odczytać godzin "${a.hours}"${a.reason ? `: ${a.reason}` : ''}`,
  noHours: () => 'brak godzin; przyjęto pn-pt 08:00-16:00',
  perDay: (a) => `${pn(a.perDay)}/dzień w ${a.days} ${a.days === 1 ? 'dniu otwarcia' : 'dniach otwarcia'}: ${pn(a.week)} kontaktów tygodniowo${a.weekly ? ', rozłożonych na dni wg profilu tygodniowego' : ''}`,
  heldToKpis: (a) => `uwzględnia KPI ${a.kpis}: obowiązuje ostrzejszy z celów kanału i KPI`,
  assumedTarget: () => 'brak celu poziomu obsługi lub ASA; przyjęto 80% w 20 s',
  badOccupancy: () => 'max_occupancy musi być powyżej 0% i najwyżej 100%; nie zastosowano',
  abandonNeedsPatience: () => 'cel porzuceń wymaga cierpliwości klientów (Erlang A); w modelu Erlang C nikt nie porzuca',
  peakFactorUnused: () => 'współczynnik szczytu nieużyty: szczyty daje profil dobowy',
  noIntraday: () => 'brak profilu dobowego i współczynnika szczytu; godzina szczytu to średnia godzina otwarcia',
  weeklyFromAverage: () => 'tygodniowe godziny konsultantów ze średniej godziny w godzinach otwarcia',
  averageMonth: (a) => `przeciętny miesiąc; najbardziej obciążony jest ${a.month} z ${pn(a.percent)}% (policz go przez --month ${a.month})`,
  noShareForOpenDay: () => 'profil tygodniowy nie daje udziału żadnemu dniowi otwarcia',
  closedEveryDay: () => 'zamknięty każdego dnia',
  fteAgainst: (a) => `etaty liczone dla '${a.role}', pierwszej roli z handled_by`,
  closedDayShare: (a) =>
    `profil tygodniowy daje dniu ${dayPl(a.day)} ${pn(a.percent)}%, ale kanał jest wtedy zamknięty: tych ${pn(a.contacts)} kontaktów nie obsadzono`,
  sharedByHours: () => 'brak profilu tygodniowego: wolumen tygodnia rozłożono na dni otwarcia wg ich godzin otwarcia',
  evenSpread: (a) => `żaden punkt profilu dobowego nie wypada w godzinach otwarcia (${a.ranges}); wolumen dnia rozłożono w nich równo`,
  pointsOutside: (a) => `punkty profilu dobowego ${a.points} wypadają poza godzinami otwarcia (${a.ranges}); ich ${pn(a.percent)}% rozłożono na punkty w godzinach otwarcia`,
  onDays: (a) => `${a.days.split(', ').map(dayPl).join(', ')}: ${a.text}`,
  outboundNoTarget: (a) => `praca wychodząca bez celu w godzinach: każda sprawa w godzinach otwarcia swojego dnia (${pn(a.hours)} h)`,
  deferredNoOccupancy: (a) => `praca odroczona: brak max_occupancy; przyjęto ${pn(a.percent)}%`,
  deferredModel: (a) =>
    `praca odroczona: konsultanci z obciążenia pracą w ciągu ${pn(a.hours)} godzin otwarcia przy pułapie obłożenia ${pn(a.percent)}%, zaległości przechodzą z przedziału na przedział`,
  day: (a) => dayPl(a.day),
  kpiNotMet: (a) =>
    `KPI '${a.kpi}' wymaga: ${measuresPl[a.measure] ?? a.measure} ${a.target}; w kanale '${a.channel}' w przedziale ${a.interval.replace(/^(\w\w) /, (_m, d: string) => `${dayPl(d)} `).replace('busy hour', 'godzina szczytu')} plan daje ${a.planned.replace('.', ',')} przy ${a.agents} ${a.agents === 1 ? 'konsultancie' : 'konsultantach'}.`,
};

const measuresPl: Record<string, string> = { asa: 'ASA', serviceLevel: 'poziom obsługi', abandonment: 'porzucenia', occupancy: 'obłożenie' };

export const staffingNotesByLanguage: Record<OutputLanguage, StaffingNotes> = { en, pl };

/** The notes of a language (English when none is given). */
export function staffingNotes(language: OutputLanguage | undefined): StaffingNotes {
  return staffingNotesByLanguage[language ?? 'en'] ?? en;
}
