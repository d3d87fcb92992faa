import type { LspTexts } from './lsp-en.js';
import { kindsPl, ownerPl, pluralPl } from './pl.js';

/** Element kinds in the accusative ("Zadeklaruj rolę", "Wskazuje funkcję"); the nominative is kindsPl. */
const kindsAccPl: Record<string, string> = {
  persona: 'personę',
  role: 'rolę',
  function: 'funkcję',
  shift: 'zmianę',
  journey: 'ścieżkę klienta',
  decide: 'blok decide',
};
const kindPl = (k: string) => kindsPl[k] ?? k;
const kindAccPl = (k: string) => kindsAccPl[k] ?? kindPl(k);

/** The texts of lsp-en.ts in Polish. */
export const lspPl: LspTexts = {
  kind: (a) => kindPl(a.kind),
  inProcess: (a) => ` (w procesie \`${a.process}\`)`,
  declaredAt: (a) => `Deklaracja: ${a.where}.`,
  notUsed: () => 'Nigdzie nie ma odwołań do tego elementu.',
  usedTimes: (a) => `${a.n} ${pluralPl(a.n, 'odwołanie', 'odwołania', 'odwołań')}:`,
  usedIn: (a) => `- \`${a.field}\` — ${ownerPl(a.owner)} (${a.where})`,
  moreUses: (a) => (a.n === 1 ? '- … i jeszcze jedno' : `- … i jeszcze ${a.n}`),
  names: (a) => `Wskazuje ${a.kinds.map(kindAccPl).join(' lub ')}.`,
  alsoWritten: (a) => `Można też pisać: ${a.aliases}.`,
  otherwise: () => 'Gałąź wybierana, gdy żaden warunek nie jest spełniony.',
  quantity: () => 'Wielkość procesu porównywana w gałęzi: wielkość < wartość -> krok',
  end: () => 'Proces kończy się po tym kroku.',
  decide: () => 'Decyzja: gałęzie według warunków i otherwise (w przeciwnym razie).',
  element: (a) => (a.name ? `${kindPl(a.kind)} — ${a.name}` : kindPl(a.kind)),
  declare: (a) => `Zadeklaruj ${kindAccPl(a.kind)} '${a.id}'`,
};
