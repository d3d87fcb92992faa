import type { codeDescriptions } from '../messages.js';
import type { DiagnosticTexts, Forms, Found, SingleKey, Where } from './en.js';

/** Element kinds and block keywords in Polish, for messages that name one (the keywords stay as written in quotes). */
export const kindsPl: Record<string, string> = {
  project: 'projekt',
  persona: 'persona',
  stage: 'etap',
  journey: 'ścieżka klienta',
  channel: 'kanał',
  touchpoint: 'punkt styku',
  process: 'proces',
  step: 'krok',
  decide: 'blok decide',
  role: 'rola',
  system: 'system',
  data: 'dane',
  function: 'funkcja',
  kpi: 'KPI',
  scenario: 'scenariusz',
  shift: 'zmiana',
  tender: 'przetarg',
};
const kind = (k: string) => kindsPl[k] ?? k;
/** "step 'assess'" -> "krok 'assess'". */
export const ownerPl = (text: string) => text.replace(/^(\w+) /, (_m, k: string) => `${kind(k)} `);

/** Polish plural forms: 1 plik, 2-4 (not 12-14) pliki, otherwise plików. */
export function pluralPl(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}

/** What a path is (the English phrases of cli-en.ts's pathKindsEn and node-host's fileKind), in Polish, after "to". */
export const pathKindsPl: Record<string, string> = {
  'a folder': 'folder',
  'a symbolic link': 'dowiązanie symboliczne',
  'a device': 'urządzenie',
  'a named pipe (FIFO)': 'potok nazwany (FIFO)',
  'a socket': 'gniazdo',
  'not a regular file': 'coś innego niż zwykły plik',
};
const found = (a: Found) => (a.foundKind === 'eof' ? 'koniec pliku' : a.foundKind === 'text' ? 'tekst w cudzysłowie' : `'${a.found}'`);
const where = (a: Where) => (a.inKeyword ? ` (${kind(a.inKeyword)}${a.inId ? ` '${a.inId}'` : ''})` : '');
const didYouMean = (s?: string) => (s ? ` Czy chodziło o '${s}'?` : '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `17,3 MiB` or `2 013 bajtów`. */
function size(bytes: number): string {
  const MiB = 1024 * 1024;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1).replace('.', ',')} MiB`;
  return `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')} ${pluralPl(bytes, 'bajt', 'bajty', 'bajtów')}`;
}

export const formsPl: Forms = {
  singleWord: () => 'jednego słowa',
  oneOf: (a) => `jednej z wartości ${a.list ?? ''}`,
  oneId: () => 'jednego identyfikatora',
  ids: () => 'identyfikatorów rozdzielonych przecinkami',
  wholeNumber: () => 'liczby całkowitej',
  number: () => 'liczby',
  duration: () => 'czasu z jednostką (s, m, h, d, w)',
  percentage: () => 'procentu od 0% do 100%',
  boolean: () => "'true' lub 'false'",
  volume: () => 'liczby kontaktów na dzień, tydzień lub miesiąc',
  serviceLevel: () => 'odsetka kontaktów obsłużonych w zadanym czasie',
  sla: () => "'respond' i/lub 'resolve' z czasem lub dniami roboczymi",
  shareWithin: () => 'odsetka obsłużonego w zadanym czasie',
  comparison: () => 'porównania i wartości',
  amount: () => 'kwoty z opcjonalną walutą przed nią lub po niej',
  intradayProfile: () => 'godzin z procentami',
  weeklyProfile: () => 'dni tygodnia z procentami',
  monthlyProfile: () => 'miesięcy z procentami',
  shiftStarts: () => 'godzin rozpoczęcia (HH:MM) lub okna (HH:MM to HH:MM)',
  shiftDays: () => 'dni tygodnia (mo..su) lub ich zakresów',
  scale: () => 'ocen od 0 do 5, każdej z definicją',
  knockout: () => "'musts', 'none' lub identyfikatorów funkcji",
  sourcing: () => "'in_house', 'hybrid' lub 'outsourced to \"Dostawca\"'",
  shrinkage: () => 'przyczyn z procentami',
  peakFactor: () => 'współczynnika co najmniej 1 (lub procentu co najmniej 100%)',
  access: () => 'identyfikatora, a po nim read i/lub write',
  volumeChange: () => 'kanału i zmiany w procentach',
  move: () => 'udziału, kanału, -> i drugiego kanału',
  ahtChange: () => 'kanału i czasu',
  priorityWeights: () => 'priorytetu z jego udziałem',
  areaWeights: () => 'obszaru z jego udziałem',
  points: () => 'odpowiedzi (yes, partial, roadmap, no, n_a) z punktami 0-100',
};

const singlePl: Record<SingleKey, string> = {
  text: 'jednego tekstu',
  word: 'jednego słowa',
  id: 'jednego identyfikatora',
  number: 'jednej liczby',
  duration: 'jednego czasu',
  percentage: 'jednego procentu',
  serviceLevel: 'jednego poziomu obsługi',
  target: 'jednego celu',
  amount: 'jednej kwoty',
};

/** KPI measures in Polish, by id (core/kpi-measures.ts). */
export const measurePl: Record<string, string> = {
  awt: 'średni czas oczekiwania',
  asa: 'średni czas odpowiedzi (ASA)',
  service_level: 'poziom obsługi',
  abandonment: 'odsetek porzuceń',
  blocked_calls: 'odsetek połączeń zablokowanych',
  aht: 'średni czas obsługi (AHT)',
  occupancy: 'obłożenie',
  ftr: 'rozwiązanie przy pierwszym kontakcie',
  csat: 'zadowolenie klientów',
  attrition: 'rotacja',
  absenteeism: 'absencja',
  conversion: 'konwersja',
};
const unitPl: Record<string, string> = { s: 'czas, np. 6m', '%': 'procent, np. 5%' };

const branchForms =
  "gałąź to '\"warunek\" -> krok', 'wielkość < wartość -> krok' (np. 'amount < 250 GBP -> pay'), " +
  "w obu przypadkach z opcjonalnym udziałem spraw przed strzałką ('\"mała\" 30% -> pay'), albo 'otherwise -> krok'";

/** The Polish texts of the diagnostics that are not rule findings: the same keys as en.ts, checked by the compiler. */
export const diagnosticPl: DiagnosticTexts = {
  unterminatedComment: () => 'Ten komentarz nie jest zamknięty: dodaj */ na jego końcu.',
  unexpectedCharacter: (a) => `Nieoczekiwany znak ${JSON.stringify(a.text)}; nie należy do języka.`,
  unterminatedString: (a) =>
    a.triple ? 'Ten tekst nie jest zamknięty: dodaj """ na jego końcu.' : 'Ten tekst nie jest zamknięty: dodaj " przed końcem wiersza (tekst w kilku wierszach ujmij w """).',
  importPathMissing: (a) => `Po 'import' powinna stać ścieżka importowanego pliku w cudzysłowie, np. import "roles.ccp", a jest ${found(a)}.`,
  unexpectedClose: () => "Nieoczekiwany '}': nie ma tu otwartego bloku do zamknięcia.",
  fieldOutsideDeclaration: (a) => `Pole '${a.field}' stoi poza deklaracją; umieść je w nawiasach klamrowych deklaracji, np. process lub role.`,
  expectedOpenBrace: (a) => `Brakuje '{' otwierającego treść bloku ${a.keyword} '${a.id}'.`,
  expectedDeclaration: (a) => `Oczekiwano deklaracji, np. 'process id "Nazwa" { ... }', a jest ${found(a)}.`,
  nestingTooDeep: (a) => `Bloki są tu zagnieżdżone głębiej niż na ${a.max} poziomów; wewnętrzne bloki są pominięte.`,
  unclosedBlock: (a) => `Brakuje '}' zamykającego blok ${a.keyword}${a.id ? ` '${a.id}'` : ''} otwarty w wierszu ${a.line}, a jest ${found(a)}.`,
  notABranch: () =>
    `Ten wiersz bloku decide nie jest gałęzią: gałąź to '"warunek" -> krok', 'wielkość < wartość -> krok' (np. 'amount < 250 GBP -> pay'), opcjonalnie z udziałem spraw przed strzałką ('"mała" 30% -> pay'), albo 'otherwise -> krok'.`,
  expectedColon: (a) => `Brakuje ':' po '${a.name}'${where(a)} (pole zapisuje się '${a.name}: wartość').`,
  unexpectedComma: (a) => `Nieoczekiwany ','${where(a)}: przed listą wartości musi stać nazwa pola.`,
  unexpectedInBlock: (a) => `Nieoczekiwane ${found(a)}${where(a)}; oczekiwano pola, np. 'owner: some_role'.`,
  valueAfterComma: (a) => `Po ',' w polu '${a.field}'${where(a)} powinna stać kolejna wartość, a jest ${found(a)}.`,
  fieldWithoutValue: (a) => `Pole '${a.field}'${where(a)} nie ma wartości po ':'.`,
  stepAfterArrow: (a) => `Po '->'${where(a)} powinien stać identyfikator kroku docelowego, a jest ${found(a)}.`,
  parserStopped: (a) => `Parser zatrzymał się nieoczekiwanie (${a.error}); to błąd w ccp.`,
  unexpectedHere: (a) => `Nieoczekiwane ${a.foundKind === 'eof' ? 'koniec pliku' : `'${a.found}'`} w tym miejscu.`,
  moreSyntaxErrors: (a) => `${a.rest} ${pluralPl(a.rest, 'kolejny błąd składni', 'kolejne błędy składni', 'kolejnych błędów składni')} w tym pliku nie jest pokazanych; najpierw popraw te powyżej.`,
  emptyFile: () => 'Ten plik jest pusty: niczego nie deklaruje.',
  fileTooLarge: (a) => `Ten plik ma ${size(a.bytes)}, więcej niż limit ${size(a.limit)} na jeden plik; podziel go na kilka plików.`,
  notText: () => 'To nie jest plik tekstowy (zawiera bajty NUL); pliki .ccp muszą być tekstem UTF-8.',
  notUtf8: () => 'Ten plik nie jest poprawnym tekstem UTF-8; zapisz go w UTF-8.',
  needsId: (a) => `Po '${a.keyword}' potrzebny jest identyfikator, np. '${a.keyword} my_${a.keyword} "Nazwa wyświetlana" { ... }'.`,
  duplicateField: (a) => `Pole '${a.field}' występuje dwa razy (${ownerPl(a.owner)}); zostaw jedno.`,
  cannotStandInside: (a) => `Blok ${a.keyword} nie może stać wewnątrz bloku ${a.parent}${a.keyword === 'step' ? '; kroki należą do procesu' : ''}.`,
  flagNotAllowed: (a) => `'${a.flag}' nie jest dozwolone w bloku ${a.keyword}.`,
  branchOutsideDecide: () => "Gałęzie ('... -> krok') należą do bloku 'decide { }' kroku.",
  unknownField: (a) => `${cap(kind(a.keyword))} nie ma pola '${a.field}'.${didYouMean(a.suggestion)}`,
  mustStandInside: (a) => `${cap(kind(a.keyword))} musi stać wewnątrz ${a.keyword === 'step' ? 'procesu' : 'kroku'}.`,
  unknownDeclaration: (a) => `Nieznana deklaracja '${a.keyword}'.${a.suggestion ? didYouMean(a.suggestion) : ` Znane: ${a.known}.`}`,
  fieldExpects: (a) => `Pole '${a.field}' (${ownerPl(a.owner)}) wymaga ${formsPl[a.form]({ ...(a.list ? { list: a.list } : {}) })}, np. '${a.field}: ${a.example}'.`,
  fieldExpectsOne: (a) => `Pole '${a.field}' (${ownerPl(a.owner)}) wymaga ${singlePl[a.what]}, np. '${a.field}: ${a.example}'.`,
  branchShare: (a) => `Udział '${a.share}' gałęzi musi być procentem od 0% do 100%.`,
  unreadableBranch: () => `Nie można odczytać tej gałęzi bloku decide: ${branchForms}.`,
  decideWithName: () => `Blok decide nie ma identyfikatora ani nazwy: napisz 'decide { "warunek" -> krok  otherwise -> krok }'.`,
  twoDecides: (a) => `Krok '${a.step}' ma więcej niż jeden blok decide; połącz je w jeden.`,
  decideOnlyBranches: (a) => `Blok decide zawiera tylko gałęzie${a.field ? ` ('${a.field}:' nią nie jest)` : ''}: ${branchForms}.`,
  undeclaredQuantity: (a) =>
    `Decyzja w kroku '${a.step}' porównuje '${a.name}', które nie jest wielkością procesu '${a.process}'; zadeklaruj ją przez 'quantities: ${a.name}' (wbudowane: ${a.builtIn}).${didYouMean(a.suggestion)}`,
  kpiTargetUnit: (a) => `Cel '${a.target}' KPI '${a.kpi}' nie jest w jednostce miary ${measurePl[a.measure] ?? a.measure} (${a.measure}); podaj ${unitPl[a.unit] ?? a.unit}.`,
  kpiTargetNotServiceLevel: (a) => `Cel '${a.target}' KPI '${a.kpi}' jest poziomem obsługi, a KPI mierzy: ${measurePl[a.measure] ?? a.measure}; napisz np. 'target: <= 5%'.`,
  kpiTargetDirection: (a) =>
    `Cel '${a.target}' KPI '${a.kpi}' nie mówi, czy lepiej mniej, czy więcej, a ${
      a.measure ? `miara ${measurePl[a.measure] ?? a.measure} nie ma lepszego kierunku (za dużo i za mało są równie złe)` : "ccp nie zna miary tego KPI (nazwij ją przez 'measure:', np. 'measure: aht')"
    }; napisz 'target: <= ${a.target}' lub 'target: >= ${a.target}'.`,
  unknownCovers: (a) => `Pole 'covers' (${ownerPl(a.owner)}) wymienia '${a.name}', które nie jest wbudowanym wymaganiem niefunkcjonalnym; użyj jednego z: ${a.known}.`,
  scaleIncomplete: (a) => `Pole 'scale' (${ownerPl(a.owner)}) musi określić każdą ocenę 0, 1, 2, 3, 4 i 5 dokładnie raz.`,
  tenderBothWeights: (a) => `Przetarg '${a.tender}' podaje jednocześnie priority_weights i area_weights; podaj jedno z nich.`,
  tenderPointsAndScale: (a) => `Przetarg '${a.tender}' podaje jednocześnie points i scale; podaj jedno z nich.`,
  tenderCostYears: (a) => `Pole 'cost_years' przetargu '${a.tender}' musi być całkowitą liczbą lat od 1 do 30.`,
  tenderPriceWeight: (a) => `Pole 'price_weight' przetargu '${a.tender}' musi być udziałem od 0% do mniej niż 100%.`,
  secondProject: (a) => `Można zadeklarować tylko jeden projekt; '${a.id}' jest drugim.`,
  projectHere: (a) => `Projekt '${a.id}' jest zadeklarowany tutaj.`,
  secondTender: (a) => `Można zadeklarować tylko jeden przetarg; '${a.id}' jest drugim.`,
  tenderHere: (a) => `Przetarg '${a.id}' jest zadeklarowany tutaj.`,
  importOutside: (a) => `Import '${a.path}' wskazuje poza folder projektu; importy muszą pozostać w nim.`,
  importIsFolder: (a) => `Import '${a.path}' jest folderem; importuj plik .ccp.`,
  importNotRegular: (a) => `Import '${a.path}' nie jest zwykłym plikiem (to urządzenie, FIFO lub gniazdo); nie jest czytany.`,
  importMissing: (a) => `Import '${a.path}' wskazuje plik, który nie istnieje.`,
  tooManyFiles: (a) => `Projekt ma więcej niż ${a.max} ${pluralPl(a.max, 'plik', 'pliki', 'plików')} .ccp; czytanych jest tylko pierwszych ${a.max}.`,
  unreachedFile: (a) =>
    `Plik '${a.file}' leży w folderze projektu, ale nie dociera do niego żaden import z pliku wejściowego, więc nie należy do projektu; zaimportuj go albo przenieś poza projekt.`,
  symlinkLoop: (a) => `Folder '${a.folder}' prowadzi z powrotem do folderu już przeczytanego (pętla dowiązań symbolicznych); jest czytany raz.`,
  linkOutside: (a) => `'${a.path}' jest dowiązaniem symbolicznym prowadzącym poza folder projektu; nie jest czytany.`,
  importCycle: (a) => `Import '${a.path}' zamyka cykl: ${a.cycle}. Usuń jeden z tych importów.`,
  importTooDeep: (a) => `Importy są tu zagnieżdżone głębiej niż na ${a.max} plików; łańcuch kończy się na tym imporcie.`,
  notRegularFile: (a) => `'${a.file}' to ${pathKindsPl[a.what] ?? a.what}, a nie zwykły plik; nie jest czytany.`,
  cannotRead: (a) => `Nie można odczytać '${a.file}'.`,
  formatterChangedMeaning: () => 'Formatowanie zmieniłoby znaczenie tego pliku, więc plik pozostał bez zmian; to błąd w ccp.',
  didYouMean: (a) => `Czy chodziło o '${a.suggestion}'?`,
  changeTo: (a) => `Zmień na '${a.suggestion}'`,
  renameInvalidId: (a) => `'${a.name}' nie jest poprawnym identyfikatorem: użyj liter, cyfr, '_' i '-', zaczynając od litery lub '_'.`,
  renameTaken: (a) => `'${a.name}' jest już zadeklarowany; wybierz inny identyfikator.`,
  difference: (a) => {
    const at = `'${a.here}' tutaj, '${a.there}' w deklaracji`;
    if (a.kind === 'case') return `Różnią się tylko wielkością liter (${at}); w identyfikatorach wielkość liter ma znaczenie.`;
    if (a.kind === 'unicode') return `Różnią się tylko postacią Unicode (${at}): jeden to znak zgodności, np. ligatura lub litera o pełnej szerokości.`;
    return `Różnią się tylko znakami diakrytycznymi (${at}).`;
  },
};

/** codeDescriptions (messages.ts) in Polish, for docs/diagnostics.md: the same codes, checked by the compiler. */
export const codeDescriptionsPl: Record<keyof typeof codeDescriptions, string> = {
  CCP1001: 'Znak, od którego nie może zaczynać się żaden element składni.',
  CCP1002: 'Tekst bez zamykającego cudzysłowu.',
  CCP1003: 'Komentarz blokowy bez zamykającego */.',
  CCP1004: 'Tekst, który w tym miejscu nie pasuje do gramatyki.',
  CCP1005: 'Blok otwarty przez { i nigdy niezamknięty.',
  CCP1006: '} bez otwartego bloku.',
  CCP1007: 'Plik, który nie jest tekstem (binarny lub niepoprawny UTF-8).',
  CCP1008: 'Plik większy niż limit.',
  CCP1009: 'Bloki zagnieżdżone głębiej niż limit.',
  CCP1010: 'Pusty plik.',
  CCP2001: 'Deklaracja nieznanego rodzaju.',
  CCP2002: 'Pole, którego deklaracja nie ma.',
  CCP2003: 'Wartość pola w złej postaci.',
  CCP2004: 'Pole podane dwa razy w jednej deklaracji.',
  CCP2005: "Niezadeklarowana nazwa: wielkość porównywana w decyzji, której brakuje w 'quantities:' procesu. (Odwołanie do niezadeklarowanego elementu zgłasza reguła 'undefined-reference'.)",
  CCP2006: "Niezgłaszany: identyfikator zadeklarowany dwa razy zgłasza reguła 'duplicate-id', której ważność można ustawić.",
  CCP2007: "Niezgłaszany: odwołanie do elementu złego rodzaju zgłasza reguła 'undefined-reference'.",
  CCP2008: 'Import pliku, który nie istnieje.',
  CCP2009: 'Import pliku spoza katalogu projektu.',
  CCP2010: 'Pliki importujące się nawzajem w cyklu.',
  CCP2011: 'Więcej niż jedna deklaracja projektu.',
  CCP2012: 'Deklaracja w miejscu, w którym nie może stać (krok poza procesem).',
  CCP2013: 'Więcej plików niż limit.',
  CCP2014: 'Importy zagnieżdżone głębiej niż limit.',
  CCP2015: 'Niezgłaszany: importowany plik, którego nie można odczytać, zgłaszany jest jako CCP3003.',
  CCP2016: 'Katalog osiągnięty dwa razy przez dowiązania symboliczne (pętla); czytany jest raz.',
  CCP2017: 'Dowiązanie symboliczne w katalogu projektu prowadzące poza niego; nie jest śledzone.',
  CCP2018: 'Plik .ccp w katalogu projektu, do którego nie dociera żaden import z pliku wejściowego; nie należy do projektu.',
  CCP3001: 'Niezgłaszany jako problem: błędny ccp.config.json zatrzymuje ccp komunikatem z nazwą pliku i klucza oraz kodem wyjścia 2.',
  CCP3002: 'Niezgłaszany jako problem: ścieżka z wiersza poleceń, która nie istnieje, zatrzymuje ccp z kodem wyjścia 2.',
  CCP3003: 'Plik lub katalog, którego nie można odczytać.',
  CCP9001: 'Błąd wewnętrzny (błąd w ccp); pozostałe sprawdzenia zostały wykonane.',
};
