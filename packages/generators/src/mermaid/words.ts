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
};

export function wordsFor(language: OutputLanguage | undefined): Words {
  return language === 'pl' ? pl : en;
}
