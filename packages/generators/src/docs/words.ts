import { pluralPl, type OutputLanguage } from '@ccp/core';

/** Headings and fixed words of the documents, in the project's output language. Templates read them as `words.*`. */
export interface DocWords {
  contents: string;
  overview: string;
  vision: string;
  sponsor: string;
  goals: string;
  constraints: string;
  version: string;
  processes: string;
  process: string;
  steps: string;
  step: string;
  roles: string;
  role: string;
  systems: string;
  touchpoints: string;
  functions: string;
  functionTable: string;
  channels: string;
  data: string;
  kpis: string;
  findings: string;
  noFindings: string;
  diagram: string;
  owner: string;
  internalOwner: string;
  sourcing: string;
  vendor: string;
  sla: string;
  variant: string;
  category: string;
  startedBy: string;
  calledBy: string;
  uses: string;
  reads: string;
  writes: string;
  next: string;
  decision: string;
  otherwise: string;
  end: string;
  calls: string;
  reportsTo: string;
  headcount: string;
  span: string;
  backup: string;
  /** Periods of a volume: `250/day`. */
  perDay: string;
  perWeek: string;
  perMonth: string;
  businessDays: string;
  direction: string;
  informs: string;
  selfService: string;
  deny: string;
  competencies: string;
  access: string;
  performs: string;
  owns: string;
  kind: string;
  hosting: string;
  status: string;
  stores: string;
  serves: string;
  channel: string;
  initiatedBy: string;
  stage: string;
  reason: string;
  starts: string;
  priority: string;
  area: string;
  system: string;
  records: string;
  neededBy: string;
  acceptance: string;
  description: string;
  hours: string;
  volume: string;
  aht: string;
  serviceLevel: string;
  personal: string;
  legalBasis: string;
  table: string;
  retention: string;
  readBy: string;
  writtenBy: string;
  /** The banner of documents made with --force from a design with errors; `{n}` is the number of errors. */
  designErrors: string;
  target: string;
  severity: string;
  code: string;
  message: string;
  location: string;
  errors: string;
  warnings: string;
  /** The findings' counts as a phrase, with the language's plurals: `0 errors, 1 warning`, `0 błędów, 1 ostrzeżenie`. */
  findingsCount: (errors: number, warnings: number) => string;
  id: string;
  name: string;
  yes: string;
  no: string;
  none: string;
  staffing: string;
  staffingIntro: string;
  contactsPerWeek: string;
  peakAgents: string;
  busiestInterval: string;
  fte: string;
  costPerContact: string;
  peoplePerRole: string;
  required: string;
  gap: string;
  notStaffed: string;
  // The staffing section of index.md (formatStaffingMarkdown) uses these besides the ones above.
  /** The sentence under its heading: total shrinkage with its causes, paid hours per FTE, the queueing models. */
  staffingSummary: (shrinkage: string, causes: string, hoursPerWeek: number) => string;
  /** A service-level target: `80% in 20s`. */
  serviceLevelTarget: (percent: number, time: string) => string;
  maxOccupancy: string;
  loadedCostPerContact: string;
  interval: string;
  agents: string;
  asa: string;
  occupancy: string;
  costOfOneCase: string;
  cheapestPath: string;
  costliestPath: string;
  expectedCost: string;
  scenario: string;
  changeInFte: string;
  /** Words for enum values (sourcing, variant, status, initiator, hosting, access); others are shown as written. */
  values: Record<string, string>;
}

const en: DocWords = {
  contents: 'Contents',
  overview: 'Overview',
  vision: 'Vision',
  sponsor: 'Sponsor',
  goals: 'Goals',
  constraints: 'Constraints',
  version: 'Version',
  processes: 'Processes',
  process: 'Process',
  steps: 'Steps',
  step: 'Step',
  roles: 'Roles',
  role: 'Role',
  systems: 'Systems',
  touchpoints: 'Touchpoints',
  functions: 'Functions',
  functionTable: 'Function table',
  channels: 'Channels',
  data: 'Data',
  kpis: 'KPIs',
  findings: 'Findings',
  noFindings: 'No problems found.',
  diagram: 'Diagram',
  owner: 'Owner',
  internalOwner: 'Internal owner',
  sourcing: 'Sourcing',
  vendor: 'Vendor',
  sla: 'SLA',
  variant: 'Variant',
  category: 'Category',
  startedBy: 'Started by',
  calledBy: 'Called by',
  uses: 'Uses',
  reads: 'Reads',
  writes: 'Writes',
  next: 'Next',
  decision: 'Decision',
  otherwise: 'otherwise',
  end: 'End',
  calls: 'Calls',
  reportsTo: 'Reports to',
  headcount: 'Headcount',
  span: 'Span of control',
  backup: 'Backup',
  perDay: 'day',
  perWeek: 'week',
  perMonth: 'month',
  businessDays: 'business days',
  direction: 'Direction',
  informs: 'Informs',
  selfService: 'Self-service',
  deny: 'No access by policy',
  competencies: 'Competencies',
  access: 'Access',
  performs: 'Performs steps',
  owns: 'Owns processes',
  kind: 'Kind',
  hosting: 'Hosting',
  status: 'Status',
  stores: 'Stores data',
  serves: 'Provides functions',
  channel: 'Channel',
  initiatedBy: 'Initiated by',
  stage: 'Journey stage',
  reason: 'Reason',
  starts: 'Starts',
  priority: 'Priority',
  area: 'Area',
  system: 'System',
  records: 'Records',
  neededBy: 'Needed by steps',
  acceptance: 'Acceptance criteria',
  description: 'Description',
  hours: 'Hours',
  volume: 'Volume',
  aht: 'AHT',
  serviceLevel: 'Service level',
  personal: 'Personal data',
  legalBasis: 'Legal basis',
  table: 'Table',
  retention: 'Retention',
  readBy: 'Read by',
  writtenBy: 'Written by',
  designErrors: 'Made from a design with {n} error(s) (--force): this document may be incomplete or wrong; see Findings.',
  target: 'Target',
  severity: 'Severity',
  code: 'Rule',
  message: 'Message',
  location: 'Location',
  errors: 'errors',
  warnings: 'warnings',
  findingsCount: (e, w) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
  id: 'Id',
  name: 'Name',
  yes: 'yes',
  no: 'no',
  none: '—',
  staffing: 'Staffing',
  staffingIntro: 'Agents from Erlang C, or Erlang A where the channel gives a patience; FTE after shrinkage of',
  contactsPerWeek: 'Contacts per week',
  peakAgents: 'Peak agents',
  busiestInterval: 'Busiest interval',
  fte: 'FTE',
  costPerContact: 'Handling cost per contact',
  peoplePerRole: 'People per role',
  required: 'Required',
  gap: 'Gap',
  notStaffed: 'Not staffed',
  staffingSummary: (shrinkage, causes, hours) =>
    `Shrinkage ${shrinkage}${causes}; ${hours} paid hours per FTE per week. Agents from Erlang C, or Erlang A where the channel gives a patience.`,
  serviceLevelTarget: (percent, time) => `${percent}% in ${time}`,
  maxOccupancy: 'occupancy ≤',
  loadedCostPerContact: 'Loaded cost per contact',
  interval: 'Interval',
  agents: 'Agents',
  asa: 'ASA',
  occupancy: 'Occupancy',
  costOfOneCase: 'Cost of one case',
  cheapestPath: 'Cheapest path',
  costliestPath: 'Costliest path',
  expectedCost: 'Expected (by shares)',
  scenario: 'Scenario',
  changeInFte: 'Change in FTE',
  values: {
    in_house: 'in house',
    outsourced: 'outsourced',
    hybrid: 'hybrid',
    as_is: 'as is',
    to_be: 'to be',
    existing: 'existing',
    planned: 'planned',
    customer: 'customer',
    company: 'company',
    inbound: 'inbound',
    outbound: 'outbound',
    saas: 'SaaS',
    cloud: 'cloud',
    private_cloud: 'private cloud',
    on_prem: 'on premises',
    read: 'read',
    write: 'write',
    reaction: 'reaction',
    resolution: 'resolution',
    // process categories, legal bases, media, KPI groups and system kinds: shown as written in English
    sales: 'sales',
    service: 'service',
    complaints: 'complaints',
    helpdesk: 'helpdesk',
    collections: 'collections',
    hotline: 'hotline',
    consent: 'consent',
    contract: 'contract',
    legal_obligation: 'legal obligation',
    vital_interest: 'vital interest',
    public_task: 'public task',
    legitimate_interest: 'legitimate interest',
    voice: 'voice',
    email: 'email',
    chat: 'chat',
    social: 'social',
    sms: 'sms',
    web: 'web',
    letter: 'letter',
    visit: 'visit',
    app: 'app',
    video: 'video',
    // a function's priority, and a finding's severity
    must: 'Must',
    nice: 'Nice',
    error: 'error',
    warning: 'warning',
    info: 'info',
    satisfaction: 'satisfaction',
    efficiency: 'efficiency',
    business: 'business',
    people: 'people',
    crm: 'crm',
    contact_center: 'contact center',
    pbx: 'pbx',
    erp: 'erp',
    kb: 'kb',
    wfm: 'wfm',
    ticketing: 'ticketing',
    reporting: 'reporting',
  },
};

const pl: DocWords = {
  contents: 'Spis treści',
  overview: 'Przegląd',
  vision: 'Wizja',
  sponsor: 'Sponsor',
  goals: 'Cele',
  constraints: 'Ograniczenia',
  version: 'Wersja',
  processes: 'Procesy',
  process: 'Proces',
  steps: 'Kroki',
  step: 'Krok',
  roles: 'Role',
  role: 'Rola',
  systems: 'Systemy',
  touchpoints: 'Punkty styku',
  functions: 'Funkcje',
  functionTable: 'Tabela funkcji',
  channels: 'Kanały',
  data: 'Dane',
  kpis: 'Wskaźniki (KPI)',
  findings: 'Uwagi z kontroli',
  noFindings: 'Nie znaleziono problemów.',
  diagram: 'Diagram',
  owner: 'Właściciel',
  internalOwner: 'Właściciel wewnętrzny',
  sourcing: 'Realizacja',
  vendor: 'Dostawca',
  sla: 'SLA',
  variant: 'Wariant',
  category: 'Kategoria',
  startedBy: 'Rozpoczynany przez',
  calledBy: 'Wywoływany przez',
  uses: 'Używa',
  reads: 'Czyta',
  writes: 'Zapisuje',
  next: 'Dalej',
  decision: 'Decyzja',
  otherwise: 'w przeciwnym razie',
  end: 'Koniec',
  calls: 'Wywołuje',
  reportsTo: 'Podlega',
  headcount: 'Liczba osób',
  span: 'Rozpiętość kierowania',
  backup: 'Zastępstwo',
  perDay: 'dzień',
  perWeek: 'tydzień',
  perMonth: 'miesiąc',
  businessDays: 'dni robocze',
  direction: 'Kierunek',
  informs: 'Informuje',
  selfService: 'Samoobsługa',
  deny: 'Brak dostępu (polityka)',
  competencies: 'Kompetencje',
  access: 'Dostęp',
  performs: 'Wykonuje kroki',
  owns: 'Jest właścicielem procesów',
  kind: 'Rodzaj',
  hosting: 'Hosting',
  status: 'Status',
  stores: 'Przechowuje dane',
  serves: 'Dostarcza funkcje',
  channel: 'Kanał',
  initiatedBy: 'Inicjuje',
  stage: 'Etap ścieżki klienta',
  reason: 'Powód',
  starts: 'Rozpoczyna',
  priority: 'Priorytet',
  area: 'Obszar',
  system: 'System',
  records: 'Zapisuje dane',
  neededBy: 'Potrzebna w krokach',
  acceptance: 'Kryteria akceptacji',
  description: 'Opis',
  hours: 'Godziny',
  volume: 'Wolumen',
  aht: 'AHT',
  serviceLevel: 'Poziom obsługi',
  personal: 'Dane osobowe',
  legalBasis: 'Podstawa prawna',
  table: 'Tabela',
  retention: 'Okres przechowywania',
  readBy: 'Odczytują',
  writtenBy: 'Zapisują',
  designErrors: 'Wygenerowano z projektu z błędami ({n}) (--force): dokument może być niepełny lub błędny; zob. Uwagi.',
  target: 'Cel',
  severity: 'Waga',
  code: 'Reguła',
  message: 'Opis',
  location: 'Miejsce',
  errors: 'błędy',
  warnings: 'ostrzeżenia',
  findingsCount: (e, w) => `${e} ${pluralPl(e, 'błąd', 'błędy', 'błędów')}, ${w} ${pluralPl(w, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}`,
  id: 'Id',
  name: 'Nazwa',
  yes: 'tak',
  no: 'nie',
  none: '—',
  staffing: 'Obsada',
  staffingIntro: 'Konsultanci z modelu Erlang C, a gdy kanał podaje cierpliwość klientów, z modelu Erlang A; etaty po odliczeniu absencji (shrinkage)',
  contactsPerWeek: 'Kontakty tygodniowo',
  peakAgents: 'Konsultanci w szczycie',
  busiestInterval: 'Najbardziej obciążony przedział',
  fte: 'Etaty (FTE)',
  costPerContact: 'Koszt obsługi kontaktu',
  peoplePerRole: 'Osoby w rolach',
  required: 'Potrzeba',
  gap: 'Różnica',
  notStaffed: 'Bez wyliczenia obsady',
  staffingSummary: (shrinkage, causes, hours) =>
    `Absencja (shrinkage) ${shrinkage}${causes}; ${hours} płatnych godzin na etat tygodniowo. Konsultanci z modelu Erlang C, a gdy kanał podaje cierpliwość klientów, z modelu Erlang A.`,
  serviceLevelTarget: (percent, time) => `${percent}% w ${time}`,
  maxOccupancy: 'obłożenie ≤',
  loadedCostPerContact: 'Pełny koszt kontaktu',
  interval: 'Przedział',
  agents: 'Konsultanci',
  asa: 'ASA',
  occupancy: 'Obłożenie',
  costOfOneCase: 'Koszt jednej sprawy',
  cheapestPath: 'Najtańsza ścieżka',
  costliestPath: 'Najdroższa ścieżka',
  expectedCost: 'Oczekiwany (wg udziałów)',
  scenario: 'Scenariusz',
  changeInFte: 'Zmiana etatów',
  values: {
    in_house: 'we własnym zakresie',
    outsourced: 'outsourcing',
    hybrid: 'hybrydowo',
    as_is: 'stan obecny',
    to_be: 'stan docelowy',
    existing: 'istniejący',
    planned: 'planowany',
    customer: 'klient',
    company: 'firma',
    inbound: 'przychodzący',
    outbound: 'wychodzący',
    saas: 'SaaS',
    cloud: 'chmura',
    private_cloud: 'chmura prywatna',
    on_prem: 'lokalnie',
    read: 'odczyt',
    write: 'zapis',
    reaction: 'reakcja',
    resolution: 'rozwiązanie',
    sales: 'sprzedaż',
    service: 'obsługa',
    complaints: 'reklamacje',
    helpdesk: 'pomoc techniczna',
    collections: 'windykacja',
    hotline: 'infolinia',
    consent: 'zgoda',
    contract: 'umowa',
    legal_obligation: 'obowiązek prawny',
    vital_interest: 'żywotny interes',
    public_task: 'zadanie publiczne',
    legitimate_interest: 'prawnie uzasadniony interes',
    voice: 'głos',
    email: 'e-mail',
    chat: 'czat',
    social: 'media społecznościowe',
    sms: 'SMS',
    web: 'strona WWW',
    letter: 'list',
    visit: 'wizyta',
    app: 'aplikacja',
    video: 'wideo',
    must: 'Wymagana',
    nice: 'Pożądana',
    error: 'błąd',
    warning: 'ostrzeżenie',
    info: 'informacja',
    satisfaction: 'satysfakcja',
    efficiency: 'efektywność',
    business: 'biznes',
    people: 'ludzie',
    crm: 'CRM',
    contact_center: 'contact center',
    pbx: 'centrala PBX',
    erp: 'ERP',
    kb: 'baza wiedzy',
    wfm: 'WFM',
    ticketing: 'zgłoszenia',
    reporting: 'raportowanie',
  },
};

export function docWords(language: OutputLanguage | undefined): DocWords {
  return language === 'pl' ? pl : en;
}
