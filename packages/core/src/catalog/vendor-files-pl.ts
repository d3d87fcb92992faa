import type { vendorFilesEn } from './vendor-files-en.js';
import { pathKindsPl, pluralPl } from './pl.js';
import { formatDecimal } from '../number-format.js';

/** What `ccp vendors score` says about a filled copy of the spec, in Polish (the keys of vendor-files-en.ts). */

/** `1 048 576`: thousands grouped by a no-break space, as Polish writes them. */
const num = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
const n = (count: number, one: string, few: string, many: string) => `${num(count)} ${pluralPl(count, one, few, many)}`;
const mib = (bytes: number) => `${num(Math.round(bytes / 1048576))} MiB`;
const rows = (count: number) => n(count, 'wiersz', 'wiersze', 'wierszy');
const bytes = (count: number) => n(count, 'bajt', 'bajty', 'bajtów');
/** `'a', 'b' i jeszcze 3`: at most `shown` ids. */
const listed = (ids: string[], shown: number, quote = true) => {
  const q = ids.slice(0, shown).map((id) => (quote ? `'${id}'` : id)).join(', ');
  return ids.length > shown ? `${q} i jeszcze ${ids.length - shown}` : q;
};
/** `12,5%`: the decimal comma. */
const pct = (x: number) => {
  const p = Math.round(x * 1000) / 10;
  return `${formatDecimal(p, Number.isInteger(p) ? 0 : 1, 'pl')}%`;
};

export const vendorFilesPl: typeof vendorFilesEn = {
  vendorFileProblem: (a) => `${a.file}: ${String(a.why)}.`,
  vendorNoSuchFile: () => 'nie ma takiego pliku',
  vendorPermissionDenied: () => 'brak uprawnień do odczytu',
  vendorCannotOpen: (a) => `nie można go otworzyć (${a.code})`,
  vendorCannotRead: (a) => `nie można go odczytać (${a.code})`,
  vendorNotRegular: (a) => `to ${pathKindsPl[a.kind] ?? a.kind}, a nie zwykły plik; czytane są tylko zwykłe pliki`,
  vendorTooLarge: (a) => `ma ${mib(a.bytes)}, więcej niż ${mib(a.limit)} dozwolone dla wypełnionej specyfikacji`,
  vendorGrewWhileRead: (a) => `w trakcie odczytu urósł ponad ${mib(a.limit)} dozwolone dla wypełnionej specyfikacji`,
  vendorChangedWhileRead: () => 'zmienił się w trakcie odczytu',
  zipOldXls: () => 'to stary binarny plik .xls albo skoroszyt chroniony hasłem; zapisz go jako niechroniony plik .xlsx',
  zipNotZip: () => 'to nie jest plik XLSX (nie jest archiwum zip)',
  zipOpenDocument: () => 'to arkusz OpenDocument (.ods); zapisz go jako .xlsx (format Excel 2007-365) i prześlij ten plik',
  zipNoDirectory: () => 'plik jest uszkodzony: archiwum zip nie ma katalogu centralnego (czy jest ucięte?)',
  zip64: () => 'to archiwum ZIP64, o wiele większe niż wypełniona specyfikacja',
  zipTooManyEntries: (a) => `jego archiwum ma ${n(a.count, 'pozycję', 'pozycje', 'pozycji')}, więcej niż ${num(a.limit)}`,
  zipDamagedDirectory: () => 'plik jest uszkodzony: pozycja katalogu zip jest zniszczona',
  zipEncrypted: (a) => `plik jest zaszyfrowany (pozycja '${a.name}')`,
  zipEntryTooLarge: (a) => `pozycja '${a.name}' po rozpakowaniu ma ${mib(a.bytes)}, więcej niż ${mib(a.limit)} (bomba zip?)`,
  zipTotalTooLarge: (a) => `po rozpakowaniu ma więcej niż ${mib(a.limit)} (bomba zip?)`,
  zipEntryMissing: (a) => `plik jest uszkodzony: brak pozycji '${a.name}'`,
  zipEntryTruncated: (a) => `plik jest uszkodzony: pozycja '${a.name}' jest ucięta`,
  zipInconsistentSizes: (a) => `plik jest uszkodzony: pozycja '${a.name}' ma niespójne rozmiary`,
  zipSheetRows: (a) => `arkusz (${a.name}) ma ${rows(a.rows)}, więcej niż ${num(a.limit)}`,
  zipEntryBomb: (a) => `plik jest uszkodzony albo jest bombą zip: pozycja '${a.name}' nie rozpakowuje się do zadeklarowanych ${bytes(a.size)}`,
  zipEntryWrongSize: (a) => `plik jest uszkodzony: pozycja '${a.name}' po rozpakowaniu ma ${bytes(a.got)}, a nie zadeklarowane ${num(a.size)}`,
  zipMethod: (a) => `pozycja '${a.name}' używa metody kompresji zip ${a.method}, której pliki XLSX nie używają`,
  workbookUnreadable: (a) => `to nie jest czytelny skoroszyt XLSX (${String(a.reason)})`,
  workbookDamaged: (a) => `to uszkodzony skoroszyt, którego nie da się odczytać (${String(a.reason)})`,
  workbookPartMalformed: () => 'brakuje jego części albo jest ona zniekształcona',
  notCcpSpec: () => 'to nie jest specyfikacja dla dostawców z ccp (brak arkusza metadanych ccp); wyślij dostawcom plik utworzony przez `ccp spec`',
  metadataOtherFormat: (a) => `utworzyła go inna wersja ccp (format metadanych ${a.format}, oczekiwano ${a.expected})`,
  metadataNoTable: () => 'jego arkusz metadanych jest uszkodzony (brak tabeli wymagań)',
  metadataDamagedRow: (a) => `jego arkusz metadanych jest uszkodzony (wiersz ${a.row})`,
  answerSheetMissing: (a) => `brak arkusza '${a.sheet}' (czy zmieniono jego nazwę albo go usunięto?)`,
  answerSheetRows: (a) => `arkusz '${a.sheet}' ma ${rows(a.rows)}, więcej niż ${num(a.limit)}`,
  answerSheetNoHeader: (a) => `arkusz '${a.sheet}' nie ma wiersza nagłówków z kolumnami '${a.id}' i '${a.supported}'`,
  answerNotRequirement: (a) => `${a.sheet}, wiersz ${a.row}: '${a.id}' nie jest wymaganiem specyfikacji; pominięto.`,
  answerNotChoice: (a) => `${a.sheet}, wiersz ${a.row}: '${a.value}' nie jest żadną z odpowiedzi ${a.choices}; '${a.id}' liczy się jako bez odpowiedzi.`,
  answerCostNotNumber: (a) => `${a.sheet}, wiersz ${a.row}: koszt '${a.value}' nie jest liczbą; nie jest liczony.`,
  answerYearlyNotNumber: (a) => `${a.sheet}, wiersz ${a.row}: koszt roczny '${a.value}' nie jest liczbą; nie jest liczony.`,
  answerFormula: (a) => `${a.sheet}, komórka ${a.cell}: formuła; użyto jej ostatnio obliczonej wartości. Poproś dostawcę o zwykłą wartość.`,
  answerRepeated: (a) => `${a.sheet}, wiersz ${a.row}: '${a.id}' występuje ponownie (pierwszy raz w wierszu ${a.first}); liczy się pierwszy wiersz.`,
  answerRowMissing: (a) => `${a.sheet}: brak wiersza dla '${a.id}'; liczy się jako bez odpowiedzi.`,
  specOtherProject: (a) =>
    `to specyfikacja projektu '${a.project || '(brak)'}'${a.projectName && a.projectName !== a.project ? ` (${a.projectName})` : ''}, a nie '${a.current || '(brak)'}'`,
  specOtherVersion: (a) =>
    `powstała z innej wersji projektu (wersja ${a.version || '?'} z ${a.date || '?'}); ${a.parts.map(String).join('; ')}. Oceń ją według tamtej wersji albo wyślij dostawcy aktualną specyfikację`,
  lockAdded: (a) => `dodane od tamtej wersji: ${listed(a.ids, 15)}`,
  lockRemoved: (a) => `usunięte od tamtej wersji: ${listed(a.ids, 15)}`,
  lockChanged: (a) => `zmienione od tamtej wersji (treść, priorytet, waga, obszar, kategoria, role lub dane): ${listed(a.ids, 15)}`,
  specOtherRules: (a) =>
    `wysłano ją z innymi zasadami oceny (wersja ${a.version || '?'} z ${a.date || '?'}): ${String(a.what)}. Oceń ją według tamtej wersji albo wyślij dostawcom nową specyfikację`,
  rulesNowTender: () => 'projekt deklaruje teraz przetarg z własnymi zasadami oceny',
  rulesNoTender: () => 'projekt nie deklaruje już przetargu, którego zasady podaje plik',
  rulesChanged: () => 'zasady oceny przetargu (wagi, punkty, kryteria wykluczające lub koszty) zmieniły się od tamtej wersji',
  scoreQualified: () => 'zakwalifikowany',
  scoreIncomplete: (a) => `niekompletny (wymagane bez odpowiedzi, nieczytelne lub w planach: ${listed(a.ids, 10, false)})`,
  scoreDisqualified: (a) => `wykluczony (Nie przy kryterium wykluczającym: ${listed(a.ids, 10, false)})`,
  scoreRules: (a) =>
    `Ocena: ${String(a.weights)}, punkty za odpowiedź: ${String(a.answers)}; brak odpowiedzi 0; w % maksimum${a.price ? `; cena ${pct(a.price)} wyniku końcowego` : ''}.`,
  scoreByRequirement: () => 'ważona według wymagań',
  scoreByGroup: (a) => `ważona według ${a.by === 'priority' ? 'priorytetu' : 'obszaru'} (${a.shares})`,
  scoreScale: () => 'odpowiedzi w skali 0-5 (punkty = ocena x 20)',
  scoreNotScored: (a) => `Nieocenione (${a.failed} z ${n(a.total, 'pliku', 'plików', 'plików')}):`,
  scoreUnanswered: (a) => `${a.vendor}: bez odpowiedzi: ${listed(a.ids, 20, false)}`,
};
