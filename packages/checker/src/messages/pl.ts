import { diagnosticPl } from '@ccp/core';
import type { Messages } from './en.js';

/** Element kinds in Polish, for messages that name one (the keywords themselves stay as written). */
const kinds: Record<string, string> = {
  project: 'projekt',
  persona: 'persona',
  stage: 'etap',
  channel: 'kanał',
  touchpoint: 'punkt styku',
  process: 'proces',
  step: 'krok',
  role: 'rola',
  system: 'system',
  data: 'dane',
  function: 'funkcja',
  kpi: 'KPI',
  scenario: 'scenariusz',
};
const kind = (k: string) => k.split(' or ').map((x) => kinds[x] ?? x).join(' lub ');
/** "step 'assess'" -> "krok 'assess'". */
const owner = (text: string) => text.replace(/^(\w+) /, (_m, k: string) => `${kinds[k] ?? k} `);

/** Polish plural forms: 1 błąd, 2-4 (not 12-14) błędy, otherwise błędów. */
function plural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}

/** The Polish texts of every rule finding: the same keys as en.ts, which the compiler checks. */
export const pl: Messages = {
  ...diagnosticPl,
  channelWithoutHours: (a) => `Kanał '${a.channel}' nie ma godzin otwarcia; dodaj 'hours: "Mo-Fr 08:00-20:00"'.`,
  channelWithoutVolume: (a) => `Kanał '${a.channel}' nie ma wolumenu; dodaj np. 'volume: 1200/day'.`,
  complaintsWithoutOwner: (a) => `Proces reklamacyjny '${a.process}' nie ma właściciela, który rozstrzyga duże spory; dodaj 'owner: <rola>'.`,
  deadEndStep: (a) => `Krok '${a.step}' procesu '${a.process}' donikąd nie prowadzi: dodaj 'next: <krok>', blok 'decide' albo samo słowo 'end' w kroku.`,
  decisionWithoutOtherwise: (a) => `Decyzja w kroku '${a.step}' nie ma gałęzi 'otherwise'; dodaj 'otherwise -> <krok>'.`,
  duplicateId: (a) =>
    `Identyfikator '${a.id}' jest już użyty (${kind(a.firstKind)}${a.process ? ` w procesie '${a.process}'` : ''}); identyfikatory muszą być niepowtarzalne.`,
  duplicateIdFirst: (a) => `Tu zadeklarowano '${a.id}' (${kind(a.firstKind)}).`,
  emptyProcess: (a) => `Proces '${a.process}' nie ma kroków.`,
  functionNotPermitted: (a) => `Krok '${a.step}' używa funkcji '${a.fn}', której rola '${a.role}' nie może wykonywać (dozwolone: ${a.allowed}).`,
  functionRolesHere: (a) => `Tu funkcja '${a.fn}' wymienia swoje role.`,
  functionWithoutPriority: (a) => `Funkcja '${a.fn}' nie ma priorytetu; dostawcy potrzebują 'priority: must' albo 'priority: nice'.`,
  grantContradictsDeny: (a) =>
    `Rola '${a.role}' ma dostęp do '${a.target}'${a.denied === a.target ? '' : ` (dane są w systemie '${a.denied}')`}, a jej 'deny:' zabrania dostępu do '${a.denied}'; usuń uprawnienie albo zakaz.`,
  policyDeniesHere: (a) => `Tu polityka zabrania dostępu do '${a.denied}'.`,
  kpiWithoutTarget: (a) => `KPI '${a.kpi}' nie ma celu; dodaj np. 'target: <= 20s'.`,
  missingDataAccess: (a) =>
    `Krok '${a.step}' ${a.mode === 'read' ? 'odczytuje' : 'zapisuje'} '${a.data}', ale jego rola '${a.role}' nie ma do tego dostępu (${a.mode === 'read' ? 'odczyt' : 'zapis'}); dodaj roli '${a.role}' 'access: ${a.data} ${a.mode}'${a.system ? ` (albo 'access: ${a.system} ${a.mode}')` : ''} albo dostarcz dane przez integrację.`,
  missingDataAccessDenied: (a) =>
    `Krok '${a.step}' ${a.mode === 'read' ? 'odczytuje' : 'zapisuje'} '${a.data}'${a.policy === a.data ? '' : `, przechowywane w '${a.policy}'`}, ale rola '${a.role}' nie może mieć dostępu do '${a.policy}' ('deny:'); dostarcz dane funkcją integracyjną (np. 'function ${a.data}_from_${a.policy} { category: integration  records: ${a.data} }' w 'uses:' kroku), a nie uprawnieniem.`,
  roleDeclaredHere: (a) => `Tu zadeklarowano rolę '${a.role}'.`,
  nextCrossesProcess: (a) =>
    `Krok '${a.step}' procesu '${a.process}' przechodzi do kroku '${a.target}' innego procesu ('${a.home}'); użyj 'calls: ${a.home}', aby przekazać sprawę do tamtego procesu.`,
  outsourcedWithoutInternalOwner: (a) =>
    `Proces '${a.process}' jest ${a.hybrid ? 'częściowo zlecony na zewnątrz' : 'zlecony na zewnątrz'}, ale nie ma wewnętrznego opiekuna współpracy; dodaj 'internal_owner: <rola>'.`,
  personalDataWithoutBasis: (a) => `Dane '${a.data}' są osobowe, ale nie mają podstawy prawnej; dodaj 'basis: contract' (albo consent, legal_obligation, ...).`,
  processNotStarted: (a) =>
    `Procesu '${a.process}' nie rozpoczyna żaden punkt styku ani krok; dodaj punkt styku z 'starts: ${a.process}' albo krok z 'calls: ${a.process}'.`,
  projectWithoutSponsor: (a) => `Projekt '${a.project}' nie ma sponsora; bez właściciela w zarządzie zatrzymaj się. Dodaj 'sponsor: <rola>'.`,
  noProject: () => "Brak deklaracji 'project', więc nie ma wizji ani sponsora; dodaj 'project <id> \"Nazwa\" { sponsor: <rola> }'.",
  reportingCycle: (a) => `Rola '${a.role}' podlega sama sobie przez ${a.path}; przerwij cykl.`,
  unreadableHours: (a) => `Kanał '${a.channel}': godzin otwarcia "${a.hours}" nie da się odczytać: ${a.reason} Obsada byłaby zaplanowana na godziny, których nikt nie napisał.`,
  profileDoesNotAddUp: (a) => `Kanał '${a.channel}': profil ${a.field} nie sumuje się do 100% (${a.what}), co ${a.inflates ? 'zawyża' : 'zaniża'} plan obsady.`,
  reviewCostsMoreThanThreshold: (a) =>
    `Rozpatrzenie sprawy w kroku '${a.step}' kosztuje ${a.cost}, więcej niż próg ${a.threshold} jego decyzji ('${a.condition}'); sprawy do ${a.cost} kosztują więcej, niż są warte, więc podnieś próg co najmniej do tej kwoty.`,
  reviewCostsMoreThanValue: (a) =>
    `Rozpatrzenie sprawy w kroku '${a.step}' kosztuje ${a.cost}, więcej niż ${a.value} w grze; uznawaj takie sprawy bez rozpatrywania.`,
  sharesMissing: (a) =>
    `Decyzja w kroku '${a.step}' podaje udział spraw dla ${a.given} z ${a.branches} gałęzi; podaj go dla każdej gałęzi, razem 100%.`,
  sharesSum: (a) => `Udziały gałęzi decyzji w kroku '${a.step}' sumują się do ${a.sum}, a nie do 100%.`,
  singlePersonRoleWithoutBackup: (a) => `Rolę '${a.role}' pełni jedna osoba i nie ma zastępstwa na urlop i chorobę; dodaj 'backup: <rola>'.`,
  satisfactionOutOfRange: (a) =>
    `Punkt styku '${a.touchpoint}' ma zadowolenie ${a.score}; podaj liczbę całkowitą od 1 (bardzo niezadowolony) do 5 (zachwycony).`,
  touchpointWithoutChannel: (a) =>
    `Punkt styku '${a.touchpoint}' nie ma kanału; ${a.channels.length ? `dodaj 'channel: ${a.channels.slice(0, 2).join(', ')}' (kanały, w których się odbywa)` : "zadeklaruj jego kanał ('channel telefon { ... }') i dodaj 'channel: telefon'"}.`,
  touchpointWithoutProcess: (a) =>
    `Punkt styku '${a.touchpoint}' nie rozpoczyna procesu, więc nikt go nie obsługuje; dodaj 'starts: <proces>'${a.company ? " albo 'informs: \"...\"', jeśli tylko powiadamia klienta" : ''}.`,
  wrongKind: (a) => `'${a.id}' to ${kind(a.found)}, a '${a.field}' (${owner(a.owner)}) wymaga: ${kind(a.wanted)}.`,
  undeclared: (a) =>
    `'${a.field}' (${owner(a.owner)}) wskazuje '${a.id}' (${kind(a.wanted)}), którego nie zadeklarowano.${a.suggestion ? ` Czy chodziło o '${a.suggestion}'?` : ''}${a.difference ? ` ${a.difference}` : ''}`,
  didYouMean: (a) => `Czy chodziło o '${a.suggestion}'?`,
  changeTo: (a) => `Zmień na '${a.suggestion}'`,
  unownedStep: (a) => `Krok '${a.step}' procesu '${a.process}' nie ma roli wykonującej; dodaj 'by: <rola>'.`,
  unreachableStep: (a) => `Do kroku '${a.step}' procesu '${a.process}' nie da się dojść od pierwszego kroku '${a.first}'.`,
  unusedFunction: (a) => `Funkcji '${a.fn}' nie używa żaden krok, punkt styku ani kanał; dodaj ją do 'uses:' albo usuń.`,
  noProblems: (a) => `Brak problemów w ${a.files} ${plural(a.files, 'pliku', 'plikach', 'plikach')}.`,
  summary: (a) =>
    `${a.errors} ${plural(a.errors, 'błąd', 'błędy', 'błędów')}, ${a.warnings} ${plural(a.warnings, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')} w ${a.files} ${plural(a.files, 'pliku', 'plikach', 'plikach')}.`,
  ruleFailed: (a) => `Reguła '${a.rule}' zawiodła (${a.error}); to błąd ccp. Pozostałe reguły działały.`,
};
