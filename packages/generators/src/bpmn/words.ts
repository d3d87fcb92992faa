import type { OutputLanguage } from '@ccp/core';

/** The fixed words a BPMN file shows, in the project's output language. */
export interface BpmnWords {
  center: string;
  vendor: string;
  start: string;
  end: string;
  otherwise: string;
  noRole: string;
  /** A start event for steps that nothing leads to (the checker reports them). */
  noWayIn: string;
  /** The vendor's start event when the center hands a case over. */
  handedOver: string;
  /** The center's end event when the vendor finishes the case. */
  finishedByVendor: string;
  /** The vendor's end event when it hands the case back. */
  handedBack: string;
  /** The center's catch event where it waits for the vendor. */
  backFromVendor: string;
}

const en: BpmnWords = {
  center: 'Contact center',
  vendor: 'Vendor',
  start: 'Start',
  end: 'End',
  otherwise: 'otherwise',
  noRole: '(no role)',
  noWayIn: '(nothing leads here)',
  handedOver: 'Case handed over',
  finishedByVendor: 'Finished by the vendor',
  handedBack: 'Case handed back',
  backFromVendor: 'Case back from the vendor',
};

const pl: BpmnWords = {
  center: 'Centrum kontaktu',
  vendor: 'Dostawca',
  start: 'Start',
  end: 'Koniec',
  otherwise: 'w przeciwnym razie',
  noRole: '(bez roli)',
  noWayIn: '(nic tu nie prowadzi)',
  handedOver: 'Sprawa przekazana',
  finishedByVendor: 'Zakończone przez dostawcę',
  handedBack: 'Sprawa zwrócona',
  backFromVendor: 'Sprawa wraca od dostawcy',
};

export function bpmnWordsFor(language: OutputLanguage | undefined): BpmnWords {
  return language === 'pl' ? pl : en;
}
