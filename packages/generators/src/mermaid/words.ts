import type { OutputLanguage } from '@ccp/core';

/** The few fixed words diagrams show, in the project's output language. */
export interface Words {
  start: string;
  end: string;
  otherwise: string;
  noRole: string;
  noStage: string;
  allCustomers: string;
  uses: string;
  reads: string;
  writes: string;
  touchpoints: string;
  processes: string;
  systems: string;
  /** Marks for who starts an entry touchpoint. */
  byCustomer: string;
  byCompany: string;
  /** A role or lane a vendor staffs, and a process run by one. */
  outsourced: string;
  overview: string;
  /** A part of a process split into several pictures. */
  part: string;
}

const en: Words = {
  start: 'Start',
  end: 'End',
  otherwise: 'otherwise',
  noRole: '(no role)',
  noStage: '(no stage)',
  allCustomers: 'All customers',
  uses: 'uses',
  reads: 'reads',
  writes: 'writes',
  touchpoints: 'Touchpoints',
  processes: 'Processes',
  systems: 'Systems',
  byCustomer: 'customer starts',
  byCompany: 'company starts',
  outsourced: 'outsourced',
  overview: 'Overview',
  part: 'part',
};

const pl: Words = {
  start: 'Start',
  end: 'Koniec',
  otherwise: 'w przeciwnym razie',
  noRole: '(bez roli)',
  noStage: '(bez etapu)',
  allCustomers: 'Wszyscy klienci',
  uses: 'używa',
  reads: 'czyta',
  writes: 'zapisuje',
  touchpoints: 'Punkty styku',
  processes: 'Procesy',
  systems: 'Systemy',
  byCustomer: 'inicjuje klient',
  byCompany: 'inicjuje firma',
  outsourced: 'outsourcing',
  overview: 'Przegląd',
  part: 'część',
};

export function wordsFor(language: OutputLanguage | undefined): Words {
  return language === 'pl' ? pl : en;
}
