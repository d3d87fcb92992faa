import type { OutputLanguage } from '@ccp/core';
import { en, type Messages } from './en.js';
import { pl } from './pl.js';

export { en, pl, type Messages };

/** The catalog of rule-finding texts in a language: one place for every message, in English and Polish. */
export function messagesFor(language: OutputLanguage | undefined): Messages {
  return language === 'pl' ? pl : en;
}
