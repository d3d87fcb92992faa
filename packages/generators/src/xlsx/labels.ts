import type { OutputLanguage } from '@ccp/core';

/** The vendor's answer to one requirement. */
export type Answer = 'yes' | 'partial' | 'no' | 'roadmap' | 'na';

export const answers: readonly Answer[] = ['yes', 'partial', 'no', 'roadmap', 'na'];

/**
 * Every word the workbook shows, per output language. Sheet names are at most 31 characters and avoid the
 * characters Excel forbids in them (`[]:*?/\`).
 */
export interface Labels {
  sheets: {
    cover: string;
    functions: string;
    processes: string;
    roles: string;
    data: string;
    channels: string;
    kpis: string;
    nfr: string;
    metadata: string;
  };
  answers: Record<Answer, string>;
  priority: { must: string; nice: string };
  cover: {
    title: string;
    project: string;
    vision: string;
    sponsor: string;
    version: string;
    date: string;
    constraints: string;
    /** Shown only on a spec written with --force from a design with errors. */
    designErrors: string;
    designErrorsNote: string;
    vendorName: string;
    vendorHint: string;
    instructionsTitle: string;
    instructions: string[];
    summary: string;
    mustCount: string;
    niceCount: string;
    scoring: {
      title: string;
      tender: string;
      points: string;
      scale: string;
      weights: string;
      byFunction: string;
      byPriority: string;
      byArea: string;
      knockout: string;
      knockoutMusts: string;
      knockoutNone: string;
      costs: string;
      costsYears: (years: number) => string;
      costsOne: string;
      price: (share: string) => string;
      noPrice: string;
      currency: string;
      lock: string;
    };
  };
  functions: {
    id: string;
    area: string;
    name: string;
    description: string;
    priority: string;
    neededBy: string;
    /** Prefix of a touchpoint or channel that offers the function to customers. */
    selfService: string;
    roles: string;
    records: string;
    supported: string;
    comment: string;
    cost: string;
    oneOffCost: string;
    yearlyCost: string;
    acceptance: string;
  };
  processes: {
    process: string;
    processName: string;
    variant: string;
    owner: string;
    sourcing: string;
    sla: string;
    step: string;
    stepName: string;
    role: string;
    uses: string;
    reads: string;
    writes: string;
    next: string;
    decision: string;
    otherwise: string;
    end: string;
    variants: { as_is: string; to_be: string };
    sourcings: { in_house: string; outsourced: string; hybrid: string };
    reaction: string;
    resolution: string;
    businessDays: string;
  };
  roles: { role: string; roleName: string; reportsTo: string; headcount: string; external: string; legend: string; yes: string };
  data: { id: string; name: string; system: string; table: string; personal: string; legalBasis: string; retention: string; readBy: string; writtenBy: string; note: string };
  channels: {
    id: string;
    name: string;
    medium: string;
    hours: string;
    perDay: string;
    perWeek: string;
    perMonth: string;
    peak: string;
    aht: string;
    serviceLevel: string;
    asa: string;
    handledBy: string;
    within: string;
  };
  kpis: {
    type: string;
    id: string;
    name: string;
    group: string;
    appliesTo: string;
    target: string;
    source: string;
    definition: string;
    kpi: string;
    sla: string;
  };
  nfr: {
    id: string;
    category: string;
    requirement: string;
    description: string;
    priority: string;
    source: string;
    seeFunctions: string;
    derived: string;
    categories: Record<string, string>;
  };
  validation: { supportedTitle: string; supportedError: string; costTitle: string; costError: string };
}

const en: Labels = {
  sheets: {
    cover: 'Cover',
    functions: 'Functions',
    processes: 'Processes and steps',
    roles: 'Roles and access',
    data: 'Data',
    channels: 'Channels and volumes',
    kpis: 'KPIs and SLAs',
    nfr: 'Non-functional',
    metadata: 'Metadata',
  },
  answers: { yes: 'Yes', partial: 'Partial', no: 'No', roadmap: 'Roadmap', na: 'N/A' },
  priority: { must: 'Must', nice: 'Nice' },
  cover: {
    title: 'Contact center: requirements for vendors',
    project: 'Project',
    vision: 'Vision',
    sponsor: 'Sponsor',
    version: 'Version',
    date: 'Date',
    constraints: 'Constraints',
    designErrors: 'Design errors',
    designErrorsNote: 'made from a design with errors (--force); not for sending to vendors',
    vendorName: 'Vendor name',
    vendorHint: 'Vendor: enter your company name in the yellow cell.',
    instructionsTitle: 'Instructions for vendors',
    instructions: [
      'Answer every row of the sheets "Functions" and "Non-functional" in the yellow columns.',
      'Supported: choose Yes (available now), Partial (available with limits: explain in the comment), No, or Roadmap (planned: give the date in the comment).',
      'Comment: how the function is provided, limits, the module or licence it needs.',
      'Cost: the net cost of the function if it is not included in the base offer, as a number, in the currency of your offer (0 when included).',
      'Must rows are highlighted: a Must function answered No excludes the offer.',
      'Do not change the Id column, do not delete rows and do not rename the sheets; you may sort and filter.',
      'The other sheets describe the processes, roles, channels and targets the functions serve.',
    ],
    summary: 'Summary',
    mustCount: 'Must-have requirements',
    niceCount: 'Nice-to-have requirements',
    scoring: {
      title: 'Scoring rules (fixed before any offer is opened)',
      tender: 'Tender',
      points: 'Points per answer',
      scale: 'Scale (points = score x 20)',
      weights: 'Weights (normalised to 100)',
      byFunction: 'per requirement, from its weight',
      byPriority: 'per priority, split over its requirements',
      byArea: 'per area, split over its requirements',
      knockout: 'Knock-out criteria (answered No, or 0 on the scale, excludes the offer)',
      knockoutMusts: 'every Must requirement',
      knockoutNone: 'none',
      costs: 'Total cost',
      costsYears: (years) => `one-off cost + ${years} x yearly cost`,
      costsOne: 'sum of the costs given',
      price: (share) => `price counts ${share} of the final score (lowest total cost / the offer's total cost x 100); quality the rest`,
      noPrice: 'price does not enter the score; offers with equal scores are ordered by total cost',
      currency: 'Currency',
      lock: 'Fingerprint of these rules (checked when offers are scored)',
    },
  },
  functions: {
    id: 'Id',
    area: 'Area / system',
    name: 'Function',
    description: 'Description',
    priority: 'Priority',
    neededBy: 'Needed in (process › step)',
    selfService: 'Self-service',
    roles: 'Roles',
    records: 'Data recorded',
    supported: 'Supported',
    comment: 'Vendor comment',
    cost: 'Cost',
    oneOffCost: 'One-off cost',
    yearlyCost: 'Yearly cost',
    acceptance: 'Acceptance',
  },
  processes: {
    process: 'Process id',
    processName: 'Process',
    variant: 'Variant',
    owner: 'Owner',
    sourcing: 'Sourcing',
    sla: 'SLA',
    step: 'Step id',
    stepName: 'Step',
    role: 'Role',
    uses: 'Functions used',
    reads: 'Reads',
    writes: 'Writes',
    next: 'Next',
    decision: 'Decision',
    otherwise: 'otherwise',
    end: 'end',
    variants: { as_is: 'as-is', to_be: 'to-be' },
    sourcings: { in_house: 'in-house', outsourced: 'outsourced', hybrid: 'hybrid' },
    reaction: 'reaction',
    resolution: 'resolution',
    businessDays: 'business days',
  },
  roles: {
    role: 'Role id',
    roleName: 'Role',
    reportsTo: 'Reports to',
    headcount: 'Headcount',
    external: 'External',
    legend:
      'R = read, W = write, as granted on the system or the data; in parentheses: what the role has in all when its grant on the system holding the data adds to it; — = no access by policy (deny).',
    yes: 'yes',
  },
  data: {
    id: 'Id',
    name: 'Data',
    system: 'System',
    table: 'Table',
    personal: 'Personal',
    legalBasis: 'Legal basis',
    retention: 'Retention',
    readBy: 'Read by (role)',
    writtenBy: 'Written by (role)',
    note: 'Read by and written by: the roles of the process steps that read or write the data (reads: and writes:). Access grants are on the sheet "Roles and access".',
  },
  channels: {
    id: 'Id',
    name: 'Channel',
    medium: 'Medium',
    hours: 'Hours',
    perDay: 'Volume / day',
    perWeek: 'Volume / week',
    perMonth: 'Volume / month',
    peak: 'Peak factor',
    aht: 'AHT',
    serviceLevel: 'Service level',
    asa: 'ASA',
    handledBy: 'Handled by',
    within: 'in',
  },
  kpis: {
    type: 'Type',
    id: 'Id',
    name: 'Name',
    group: 'Group',
    appliesTo: 'Applies to',
    target: 'Target',
    source: 'Source system',
    definition: 'Definition',
    kpi: 'KPI',
    sla: 'SLA',
  },
  nfr: {
    id: 'Id',
    category: 'Category',
    requirement: 'Requirement',
    description: 'Description',
    priority: 'Priority',
    source: 'Source',
    seeFunctions: 'Function: answer in the sheet "Functions"',
    derived: 'Derived from the design',
    categories: { security: 'security', continuity: 'continuity', reporting: 'reporting', gdpr: 'GDPR' },
  },
  validation: {
    supportedTitle: 'Supported',
    supportedError: 'Choose Yes, Partial, No or Roadmap.',
    costTitle: 'Cost',
    costError: 'Enter the cost as a number (0 when included).',
  },
};

const pl: Labels = {
  sheets: {
    cover: 'Strona tytułowa',
    functions: 'Funkcje',
    processes: 'Procesy i kroki',
    roles: 'Role i uprawnienia',
    data: 'Dane',
    channels: 'Kanały i wolumeny',
    kpis: 'KPI i SLA',
    nfr: 'Wymagania pozafunkcjonalne',
    metadata: 'Metadane',
  },
  answers: { yes: 'Tak', partial: 'Częściowo', no: 'Nie', roadmap: 'W planach', na: 'Nie dotyczy' },
  priority: { must: 'Wymagane', nice: 'Pożądane' },
  cover: {
    title: 'Contact center: wymagania dla dostawców',
    project: 'Projekt',
    vision: 'Wizja',
    sponsor: 'Sponsor',
    version: 'Wersja',
    date: 'Data',
    constraints: 'Ograniczenia',
    designErrors: 'Błędy projektu',
    designErrorsNote: 'wygenerowano z projektu z błędami (--force); nie wysyłać dostawcom',
    vendorName: 'Nazwa dostawcy',
    vendorHint: 'Dostawco: wpisz nazwę firmy w żółtej komórce.',
    instructionsTitle: 'Instrukcja dla dostawców',
    instructions: [
      'Odpowiedz na każdy wiersz arkuszy „Funkcje” i „Wymagania pozafunkcjonalne” w żółtych kolumnach.',
      'Wsparcie: wybierz Tak (dostępne teraz), Częściowo (z ograniczeniami: opisz je w komentarzu), Nie albo W planach (podaj termin w komentarzu).',
      'Komentarz: jak funkcja jest realizowana, ograniczenia, potrzebny moduł lub licencja.',
      'Koszt: koszt netto funkcji, jeśli nie jest w ofercie podstawowej, jako liczba, w walucie oferty (0, gdy jest w cenie).',
      'Wiersze „Wymagane” są wyróżnione: odpowiedź Nie przy funkcji wymaganej wyklucza ofertę.',
      'Nie zmieniaj kolumny Id, nie usuwaj wierszy i nie zmieniaj nazw arkuszy; możesz sortować i filtrować.',
      'Pozostałe arkusze opisują procesy, role, kanały i cele, którym służą funkcje.',
    ],
    summary: 'Podsumowanie',
    mustCount: 'Wymagania obowiązkowe',
    niceCount: 'Wymagania pożądane',
    scoring: {
      title: 'Zasady oceny (ustalone przed otwarciem ofert)',
      tender: 'Postępowanie',
      points: 'Punkty za odpowiedź',
      scale: 'Skala (punkty = ocena x 20)',
      weights: 'Wagi (znormalizowane do 100)',
      byFunction: 'dla każdego wymagania, według jego wagi',
      byPriority: 'według priorytetu, dzielone między jego wymagania',
      byArea: 'według obszaru, dzielone między jego wymagania',
      knockout: 'Kryteria wykluczające (odpowiedź Nie lub ocena 0 wyklucza ofertę)',
      knockoutMusts: 'każde wymaganie obowiązkowe',
      knockoutNone: 'brak',
      costs: 'Koszt całkowity',
      costsYears: (years) => `koszt jednorazowy + ${years} x koszt roczny`,
      costsOne: 'suma podanych kosztów',
      price: (share) => `cena stanowi ${share} oceny końcowej (najniższy koszt całkowity / koszt całkowity oferty x 100); jakość resztę`,
      noPrice: 'cena nie wchodzi do oceny; przy równej ocenie decyduje niższy koszt całkowity',
      currency: 'Waluta',
      lock: 'Odcisk tych zasad (sprawdzany przy ocenie ofert)',
    },
  },
  functions: {
    id: 'Id',
    area: 'Obszar / system',
    name: 'Funkcja',
    description: 'Opis',
    priority: 'Priorytet',
    neededBy: 'Potrzebna w (proces › krok)',
    selfService: 'Samoobsługa',
    roles: 'Role',
    records: 'Zapisywane dane',
    supported: 'Wsparcie',
    comment: 'Komentarz dostawcy',
    cost: 'Koszt',
    oneOffCost: 'Koszt jednorazowy',
    yearlyCost: 'Koszt roczny',
    acceptance: 'Kryteria odbioru',
  },
  processes: {
    process: 'Id procesu',
    processName: 'Proces',
    variant: 'Wariant',
    owner: 'Właściciel',
    sourcing: 'Realizacja',
    sla: 'SLA',
    step: 'Id kroku',
    stepName: 'Krok',
    role: 'Rola',
    uses: 'Używane funkcje',
    reads: 'Odczytuje',
    writes: 'Zapisuje',
    next: 'Następny',
    decision: 'Decyzja',
    otherwise: 'w przeciwnym razie',
    end: 'koniec',
    variants: { as_is: 'obecny', to_be: 'docelowy' },
    sourcings: { in_house: 'wewnętrznie', outsourced: 'outsourcing', hybrid: 'hybrydowo' },
    reaction: 'reakcja',
    businessDays: 'dni robocze',
    resolution: 'rozwiązanie',
  },
  roles: {
    role: 'Id roli',
    roleName: 'Rola',
    reportsTo: 'Podlega',
    headcount: 'Liczba osób',
    external: 'Zewnętrzna',
    legend:
      'R = odczyt, W = zapis, nadane na system lub dane; w nawiasach: pełny dostęp roli, gdy uprawnienie do systemu, w którym są dane, coś do niego dodaje; — = brak dostępu (polityka, deny).',
    yes: 'tak',
  },
  data: {
    id: 'Id',
    name: 'Dane',
    system: 'System',
    table: 'Tabela',
    personal: 'Osobowe',
    legalBasis: 'Podstawa prawna',
    retention: 'Okres przechowywania',
    readBy: 'Odczytuje (rola)',
    writtenBy: 'Zapisuje (rola)',
    note: 'Odczytuje i zapisuje: role kroków procesów, które czytają lub zapisują dane (reads: i writes:). Uprawnienia są w arkuszu „Role i uprawnienia”.',
  },
  channels: {
    id: 'Id',
    name: 'Kanał',
    medium: 'Medium',
    hours: 'Godziny',
    perDay: 'Wolumen / dzień',
    perWeek: 'Wolumen / tydzień',
    perMonth: 'Wolumen / miesiąc',
    peak: 'Współczynnik szczytu',
    aht: 'AHT',
    serviceLevel: 'Poziom obsługi',
    asa: 'ASA',
    handledBy: 'Obsługuje',
    within: 'w',
  },
  kpis: {
    type: 'Typ',
    id: 'Id',
    name: 'Nazwa',
    group: 'Grupa',
    appliesTo: 'Dotyczy',
    target: 'Cel',
    source: 'System źródłowy',
    definition: 'Definicja',
    kpi: 'KPI',
    sla: 'SLA',
  },
  nfr: {
    id: 'Id',
    category: 'Kategoria',
    requirement: 'Wymaganie',
    description: 'Opis',
    priority: 'Priorytet',
    source: 'Źródło',
    seeFunctions: 'Funkcja: odpowiedz w arkuszu „Funkcje”',
    derived: 'Wynika z projektu',
    categories: { security: 'bezpieczeństwo', continuity: 'ciągłość działania', reporting: 'raportowanie', gdpr: 'RODO' },
  },
  validation: {
    supportedTitle: 'Wsparcie',
    supportedError: 'Wybierz Tak, Częściowo, Nie albo W planach.',
    costTitle: 'Koszt',
    costError: 'Wpisz koszt jako liczbę (0, gdy jest w cenie).',
  },
};

const byLanguage: Record<OutputLanguage, Labels> = { en, pl };

/** The labels for an output language (English when the language is unknown). */
export function labelsFor(language: OutputLanguage | string | undefined): Labels {
  return byLanguage[language as OutputLanguage] ?? en;
}

/** Every spelling of an answer that a filled copy may carry, lower-cased, in any supported language. */
export function parseAnswer(text: string): Answer | undefined {
  const key = text.trim().toLowerCase();
  if (!key) return undefined;
  for (const labels of Object.values(byLanguage))
    for (const a of answers) if (labels.answers[a].toLowerCase() === key) return a;
  return undefined;
}
