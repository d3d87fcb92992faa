import type { OutputLanguage } from '@ccp/core';

/** The fixed words of a service blueprint, in the project's output language. */
export interface BlueprintWords {
  title: string;
  emotion: string;
  evidence: string;
  customer: string;
  frontstage: string;
  backstage: string;
  support: string;
  lineOfInteraction: string;
  lineOfVisibility: string;
  lineOfInternalInteraction: string;
  momentOfTruth: string;
  byCustomer: string;
  byCompany: string;
  noSystem: string;
  calls: string;
  continued: string;
}

const en: BlueprintWords = {
  title: 'Service blueprint',
  emotion: 'Customer emotion',
  evidence: 'Physical evidence / channel',
  customer: 'Customer actions',
  frontstage: 'Frontstage (seen by the customer)',
  backstage: 'Backstage',
  support: 'Support processes (systems, functions)',
  lineOfInteraction: 'line of interaction',
  lineOfVisibility: 'line of visibility',
  lineOfInternalInteraction: 'line of internal interaction',
  momentOfTruth: 'moment of truth',
  byCustomer: 'started by the customer',
  byCompany: 'started by the company',
  noSystem: '(no system)',
  calls: 'hands over to',
  continued: 'cont.',
};

const pl: BlueprintWords = {
  title: 'Plan usługi (service blueprint)',
  emotion: 'Emocje klienta',
  evidence: 'Dowody fizyczne / kanał',
  customer: 'Działania klienta',
  frontstage: 'Front (widoczne dla klienta)',
  backstage: 'Zaplecze',
  support: 'Procesy wspierające (systemy, funkcje)',
  lineOfInteraction: 'linia interakcji',
  lineOfVisibility: 'linia widoczności',
  lineOfInternalInteraction: 'linia interakcji wewnętrznej',
  momentOfTruth: 'moment prawdy',
  byCustomer: 'inicjuje klient',
  byCompany: 'inicjuje firma',
  noSystem: '(bez systemu)',
  calls: 'przekazuje do',
  continued: 'c.d.',
};

export function blueprintWords(language: OutputLanguage | undefined): BlueprintWords {
  return language === 'pl' ? pl : en;
}
