import { kindsPl, pluralPl, type OutputLanguage, type Priority } from '@ccp/core';

/**
 * Every word of `ccp diff`'s Markdown (the pull-request comment), per output language. Functions take what the
 * sentence names, already escaped for Markdown (ids in code spans, names escaped); `and n more` lists too.
 */
const en = {
  title: 'ccp design diff',
  comparing: (a: { old: string; new: string }) => `Comparing ${a.old} with ${a.new}.`,
  failsCheck: (a: { errors: number }) =>
    `**The new version fails \`ccp check\`:** ${a.errors} error${a.errors === 1 ? '' : 's'}. Run \`ccp check\` on it; the diff compares what could be read.`,
  noChanges: 'No changes to functions, requirements, steps, data access, elements or their fields.',
  changes: (n: number) => `${n} change${n === 1 ? '' : 's'}.`,
  resend: "**Procurement must re-send the vendor spec:** `ccp vendors score` would refuse answers to the old version's spec:",
  more: (shown: string, more: number) => `${shown} and ${more} more`,
  resendProject: (a: { new: string; old: string }) => `the project is now ${a.new}, not ${a.old}`,
  resendAdded: (list: string) => `requirements vendors never answered: ${list}`,
  resendRemoved: (list: string) => `requirements removed: ${list}`,
  resendChanged: (list: string) => `requirements changed (text, priority, weight, area, category, roles or data): ${list}`,
  resendRules: "the tender's scoring rules changed (weights, points, knock-outs or costs)",
  none: '(none)',
  noneValue: '*(none)*',
  noRole: '(no role)',
  noPriority: 'no priority',
  priority: { must: 'Must', nice: 'Nice' } as Record<Priority, string>,
  kind: (k: string) => k,
  added: 'added',
  removed: 'removed',
  sections: {
    functions: 'Functions',
    priorityChanges: 'Priority changes',
    descriptions: 'Descriptions changed',
    steps: 'Steps',
    accessAdded: 'Data access added',
    accessRemoved: 'Data access removed',
    touchpoints: 'Touchpoints',
    processes: 'Processes',
    elements: 'Other elements',
    fields: 'Changed fields',
  },
  priorityHeader: ['Function', 'Old', 'New'],
  mustResend: '**procurement must re-send**',
  oldText: 'old',
  newText: 'new',
  addedItem: (what: string) => `Added ${what}`,
  removedItem: (what: string) => `Removed ${what}`,
  stepAdded: (a: { step: string; role: string }) => `Added ${a.step} by ${a.role}`,
  stepRemoved: (a: { step: string; role: string }) => `Removed ${a.step} (was by ${a.role})`,
  stepReowned: (a: { step: string; old: string; new: string }) => `Re-owned ${a.step}: ${a.old} -> ${a.new}`,
  access: { read: 'read', write: 'write' } as Record<'read' | 'write', string>,
  grantAdded: (a: { role: string; access: string; target: string }) => `Role ${a.role} may now **${a.access}** ${a.target}`,
  grantRemoved: (a: { role: string; access: string; target: string }) => `Role ${a.role} may no longer **${a.access}** ${a.target}`,
  stepUses: (a: { step: string; role: string; access: 'read' | 'write'; data: string }) => `Step ${a.step} (${a.role}) now **${a.access === 'read' ? 'reads' : 'writes'}** ${a.data}`,
  stepNoLongerUses: (a: { step: string; role: string; access: 'read' | 'write'; data: string }) =>
    `Step ${a.step} (${a.role}) no longer **${a.access === 'read' ? 'reads' : 'writes'}** ${a.data}`,
};

export type DiffWords = typeof en;

const pl: DiffWords = {
  title: 'ccp: różnice w projekcie',
  comparing: (a) => `Porównanie ${a.old} z ${a.new}.`,
  failsCheck: (a) =>
    `**Nowa wersja nie przechodzi \`ccp check\`:** ${a.errors} ${pluralPl(a.errors, 'błąd', 'błędy', 'błędów')}. Uruchom na niej \`ccp check\`; porównanie obejmuje to, co dało się odczytać.`,
  noChanges: 'Brak zmian w funkcjach, wymaganiach, krokach, dostępie do danych, elementach i ich polach.',
  changes: (n) => `${n} ${pluralPl(n, 'zmiana', 'zmiany', 'zmian')}.`,
  resend: '**Dział zakupów musi ponownie wysłać specyfikację dostawcom:** `ccp vendors score` odrzuci odpowiedzi na specyfikację starej wersji:',
  more: (shown, more) => `${shown} i jeszcze ${more}`,
  resendProject: (a) => `projekt to teraz ${a.new}, a nie ${a.old}`,
  resendAdded: (list) => `wymagania, na które dostawcy nie odpowiadali: ${list}`,
  resendRemoved: (list) => `usunięte wymagania: ${list}`,
  resendChanged: (list) => `zmienione wymagania (treść, priorytet, waga, obszar, kategoria, role lub dane): ${list}`,
  resendRules: 'zmieniły się zasady oceny przetargu (wagi, punkty, kryteria wykluczające lub koszty)',
  none: '(brak)',
  noneValue: '*(brak)*',
  noRole: '(bez roli)',
  noPriority: 'bez priorytetu',
  priority: { must: 'Wymagana', nice: 'Pożądana' },
  kind: (k) => kindsPl[k] ?? k,
  added: 'dodano',
  removed: 'usunięto',
  sections: {
    functions: 'Funkcje',
    priorityChanges: 'Zmiany priorytetów',
    descriptions: 'Zmienione opisy',
    steps: 'Kroki',
    accessAdded: 'Dodany dostęp do danych',
    accessRemoved: 'Odebrany dostęp do danych',
    touchpoints: 'Punkty styku',
    processes: 'Procesy',
    elements: 'Inne elementy',
    fields: 'Zmienione pola',
  },
  priorityHeader: ['Funkcja', 'Było', 'Jest'],
  mustResend: '**dział zakupów musi ponownie wysłać specyfikację**',
  oldText: 'było',
  newText: 'jest',
  addedItem: (what) => `Dodano: ${what}`,
  removedItem: (what) => `Usunięto: ${what}`,
  stepAdded: (a) => `Dodano krok ${a.step}, wykonuje ${a.role}`,
  stepRemoved: (a) => `Usunięto krok ${a.step} (wykonywał ${a.role})`,
  stepReowned: (a) => `Zmiana wykonawcy kroku ${a.step}: ${a.old} -> ${a.new}`,
  access: { read: 'odczytu', write: 'zapisu' },
  grantAdded: (a) => `Rola ${a.role} ma teraz prawo **${a.access}** do ${a.target}`,
  grantRemoved: (a) => `Rola ${a.role} nie ma już prawa **${a.access}** do ${a.target}`,
  stepUses: (a) => `Krok ${a.step} (${a.role}) teraz **${a.access === 'read' ? 'odczytuje' : 'zapisuje'}** ${a.data}`,
  stepNoLongerUses: (a) => `Krok ${a.step} (${a.role}) już nie **${a.access === 'read' ? 'odczytuje' : 'zapisuje'}** ${a.data}`,
};

export const diffWordsByLanguage: Record<OutputLanguage, DiffWords> = { en, pl };

/** The diff's words in a language (English when none is given). */
export const diffWords = (language?: OutputLanguage): DiffWords => diffWordsByLanguage[language ?? 'en'] ?? en;
