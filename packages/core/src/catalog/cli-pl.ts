import type { CliTexts, SchemaProblem } from './cli-en.js';
import { pathKindsPl, pluralPl } from './pl.js';
import { vendorFilesPl } from './vendor-files-pl.js';

/** `1 plik`, `2 pliki`, `5 plików`. */
const n = (count: number, one: string, few: string, many: string) => `${count} ${pluralPl(count, one, few, many)}`;
const errors = (count: number) => n(count, 'błąd', 'błędy', 'błędów');
const warnings = (count: number) => n(count, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń');
/** `1 048 576`: thousands grouped by a no-break space, as Polish writes them. */
const num = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
/** `2,5`: the decimal comma. */
const decimal = (x: string) => String(x).replace('.', ',');
const hint = (h?: string) => (h ? ` (czy chodziło o '${h}'?)` : '');
const folder = (within: 'output' | 'project' | 'init', root?: string) => (within === 'init' ? (root ?? '.') : within === 'output' ? 'folder wyników' : 'folder projektu');
const remove = (within: 'output' | 'project' | 'init') => (within === 'init' ? 'Usuń dowiązanie.' : 'Usuń dowiązanie albo wskaż inny folder przez --out.');

const kind = (k: string) => pathKindsPl[k] ?? k;

const typesPl: Record<string, string> = {
  string: 'tekstem',
  number: 'liczbą',
  integer: 'liczbą całkowitą',
  boolean: 'wartością true lub false',
  object: 'obiektem',
  array: 'listą',
  null: 'wartością null',
};
/** What the JSON Schema validator found wrong, in Polish, by its keyword (its English message otherwise). */
function schemaPl(a: SchemaProblem): string {
  const p = a.params;
  const limit = Number(p.limit);
  switch (a.keyword) {
    case 'type':
      return `musi być ${String(p.type).split(',').map((t) => typesPl[t] ?? t).join(' lub ')}`;
    case 'enum':
      return 'musi mieć jedną z dozwolonych wartości';
    case 'const':
      return `musi być równe ${JSON.stringify(p.allowedValue)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `musi być ${String(p.comparison)} ${limit}`;
    case 'minLength':
      return `musi mieć co najmniej ${n(limit, 'znak', 'znaki', 'znaków')}`;
    case 'maxLength':
      return `może mieć co najwyżej ${n(limit, 'znak', 'znaki', 'znaków')}`;
    case 'minItems':
      return `musi mieć co najmniej ${n(limit, 'element', 'elementy', 'elementów')}`;
    case 'maxItems':
      return `może mieć co najwyżej ${n(limit, 'element', 'elementy', 'elementów')}`;
    case 'required':
      return `musi zawierać ustawienie '${String(p.missingProperty)}'`;
    case 'pattern':
      return `musi pasować do wzorca "${String(p.pattern)}"`;
    case 'uniqueItems':
      return `nie może zawierać powtórzeń (elementy ${String(p.j)} i ${String(p.i)} są takie same)`;
    default:
      return `jest niepoprawne (${a.message ?? a.keyword})`;
  }
}

/** The Polish texts of what the command line says: the same keys as cli-en.ts, checked by the compiler. */
export const cliPl: CliTexts = {
  ...vendorFilesPl,
  nulArgument: (a) => `argument ${a.n} zawiera znak NUL; żadna nazwa pliku ani wartość nie może go zawierać.`,
  langExpected: (a) => `${a.source} ${a.value}: oczekiwano en lub pl.`,
  envLangExpected: (a) => `CCP_LANG=${a.value}: oczekiwano en lub pl.`,
  seeHelp: () => '(sposób użycia pokazuje ccp --help)',
  unknownOption: (a) => `nieznana opcja '${a.option}'${a.suggestion ? `; czy chodziło o ${a.suggestion}?` : '.'}`,
  unknownCommand: (a) => `nieznane polecenie '${a.command}'${a.suggestion ? `; czy chodziło o ${a.suggestion}?` : '.'}`,
  missingArgument: (a) => `brakuje wymaganego argumentu '${a.name}'.`,
  optionMissingArgument: (a) => `opcja '${a.option}' wymaga wartości.`,
  missingMandatoryOption: (a) => `nie podano wymaganej opcji '${a.option}'.`,
  invalidChoice: (a) => `${a.option} '${a.value}': niedozwolona wartość; użyj jednej z: ${a.choices}.`,
  excessArguments: (a) => `za dużo argumentów dla '${a.command}': przyjmuje ${n(a.expected, 'argument', 'argumenty', 'argumentów')}, podano ${a.got}.`,
  commanderOther: (a) => a.message,
  noSuchPath: (a) => `${a.path}: nie ma takiego pliku ani folderu.`,
  noSuchPathLink: (a) => `${a.path}: nie ma takiego pliku ani folderu (to dowiązanie symboliczne prowadzące donikąd).`,
  cannotReadPath: (a) => `${a.path}: nie można odczytać tej ścieżki.`,
  cannotReadBecause: (a) => `${a.path}: nie można odczytać tej ścieżki (${a.reason}).`,
  cannotCreate: (a) => `${a.path}: nie można utworzyć tego folderu (${a.reason}).`,
  cannotWrite: (a) => `${a.path}: zapis nie jest możliwy (${a.reason}).`,
  cannotResolve: (a) => `${a.path}: nie można ustalić rzeczywistej ścieżki (${a.reason}).`,
  symlinkLoop: (a) => `${a.path}: to pętla dowiązań symbolicznych (prowadzi z powrotem do siebie); usuń lub popraw dowiązanie.`,
  notFileOrFolder: (a) => `${a.path}: to nie jest zwykły plik ani folder; formatować można tylko pliki .ccp.`,
  notAFolder: (a) => `${a.path} nie jest folderem; podaj folder na wyniki (zostanie utworzony, jeśli go nie ma).`,
  notInOutputFolder: (a) => `${a.file} nie jest plikiem w folderze wyników ${a.folder}; podaj plik w tym folderze.`,
  manifestFile: (a) => `${a.file} to plik, w którym ccp prowadzi listę zapisanych przez siebie plików; podaj inny plik.`,
  notReplaceable: (a) =>
    `${a.path} to ${kind(a.kind)}; ccp zapisuje tylko do zwykłego pliku lub pod nową ścieżkę i nigdy ${a.kind === 'a folder' ? 'nie zastępuje folderu' : 'go nie zastępuje ani za nim nie podąża'}.`,
  linkToNothing: (a) => `${a.path} to dowiązanie symboliczne do ścieżki, która nie istnieje; ccp nie zapisuje przez nie. ${remove(a.within)}`,
  linkLeadsOutside: (a) => `${a.link} to dowiązanie symboliczne prowadzące poza ${folder(a.within, a.root)} (do ${a.real}); ccp nie zapisuje przez nie. ${remove(a.within)}`,
  nothingWritten: (a) => `${String(a.problem)} Nic nie zostało zapisane.`,
  configInvalid: (a) => `${a.file} zawiera błędy:\n${a.errors.map((e) => `  - ${String(e)}`).join('\n')}`,
  configNotJson: (a) => `to nie jest poprawny JSON (${a.reason})`,
  configUnknownSetting: (a) => `'${a.at}' nie jest znanym ustawieniem${hint(a.suggestion)}`,
  configBrowserChannel: () =>
    `'browser' podaje kanał przeglądarki ("chromium" lub "chrome"), nigdy ścieżkę ani polecenie: konfiguracja jest częścią repozytorium, więc pull request mógłby inaczej sprawić, że ccp uruchomi dowolny program. Aby użyć konkretnego programu, ustaw CCP_BROWSER w środowisku`,
  configSchemaError: (a) => `'${a.path || '(cały plik)'}' ${schemaPl(a)}${a.keyword === 'enum' ? ` (${JSON.stringify(a.params.allowedValues)})` : ''}`,
  configUnknownRule: (a) => `'rules.${a.id}' nie jest znaną regułą${hint(a.suggestion)}; listę reguł pokazuje 'ccp rules'`,

  configIncludeOutside: (a) => `ccp.config.json: include '${a.include}' wskazuje poza folder projektu; podawaj tylko ścieżki wewnątrz niego.`,
  configLinkOutside: (a) => `${a.file} to dowiązanie symboliczne prowadzące poza folder projektu; nie zostanie odczytany. Zastąp dowiązanie samym plikiem.`,
  configTooLarge: (a) => `${a.file} ma ${num(a.bytes)} ${pluralPl(a.bytes, 'bajt', 'bajty', 'bajtów')}, więcej niż limit ${num(a.limit)} ${pluralPl(a.limit, 'bajtu', 'bajtów', 'bajtów')} dla pliku konfiguracji.`,
  configNotRegular: (a) => `${a.file} to ${kind(a.kind)}, a nie zwykły plik; nie zostanie odczytany.`,
  configSetting: (a) => `ccp.config.json ${a.setting}: ${String(a.problem)}`,
  configPathOutside: (a) => `ccp.config.json ${a.setting} '${a.value}' wskazuje poza folder projektu; użyj ścieżki wewnątrz niego albo --out w wierszu poleceń.`,
  configPathGit: (a) => `ccp.config.json ${a.setting} '${a.value}' wskazuje do folderu .git; ccp tam nie zapisuje. Użyj innej ścieżki albo --out w wierszu poleceń.`,
  templateError: (a) => `Szablon '${a.template}': ${a.detail ?? 'nie ma takiego szablonu.'} (w ${a.dir} lub w szablonach domyślnych).`,
  templatesFolderLink: () => 'Folder szablonów jest dowiązaniem symbolicznym; nie jest czytany.',
  templateFolderLink: (a) => `Folder szablonów '${a.folder}' jest dowiązaniem symbolicznym; nie jest czytany.`,
  templateLink: (a) => `Szablon '${a.name}' jest dowiązaniem symbolicznym; nie jest czytany.`,
  templateNotRead: (a) =>
    `Szablon '${a.name}' ${a.reason === 'notRegular' ? 'nie jest zwykłym plikiem' : a.reason === 'tooLarge' ? `przekracza limit ${num(a.limit)} bajtów dla szablonu` : 'nie daje się odczytać'}; nie jest czytany.`,
  changedWhileFormatting: (a) => `${a.path}: plik zmienił się w trakcie formatowania; nic nie zostało zapisane, uruchom 'ccp fmt' ponownie.`,
  noSafetyCopy: (a) =>
    `${a.path}: nie sformatowano: ${
      a.links > 1 ? `plik ma ${n(a.links, 'dowiązanie twarde', 'dowiązania twarde', 'dowiązań twardych')}, więc jest przepisywany w miejscu,` : 'plik musi zostać przepisany w miejscu (aby zachować właściciela),'
    } a najpierw nie da się zapisać obok niego kopii zapasowej (${a.reason}).`,
  inPlaceFailed: (a) => `${a.path}: zapis w miejscu nie powiódł się (${a.reason}); cały sformatowany tekst jest w '${a.copy}'.`,
  gitMissing: () => 'git nie jest zainstalowany albo nie ma go w PATH; jest potrzebny do odczytu REV:ścieżka.',
  gitCannotRun: (a) => `nie można uruchomić gita (${a.reason}).`,
  gitFailed: (a) => `git cat-file nie powiódł się (${a.reason}).`,
  notARevision: (a) => `${a.spec}: '${a.rev}' nie jest rewizją.`,
  notInRepository: (a) => `${a.spec}: bieżący folder nie leży w repozytorium git, więc nie można odczytać '${a.rev}' (${a.reason}).`,
  bareTree: (a) =>
    `${a.spec}: znalezione tu repozytorium to folder drzewa roboczego ułożony jak repozytorium bare (${a.gitDir}), a nie kopia robocza; ccp nie uruchamia w nim gita.`,
  outsideRepository: (a) => `${a.spec}: '${a.path}' leży poza repozytorium.`,
  notRevisionHere: (a) => `${a.spec}: '${a.rev}' nie jest rewizją w tym repozytorium.`,
  notInRevision: (a) => `${a.spec}: '${a.path}' nie istnieje w '${a.rev}'.`,
  cannotList: (a) => `${a.spec}: nie można wylistować '${a.path}' w '${a.rev}' (${a.reason}).`,
  emptyPath: () => 'podano pustą ścieżkę; podaj folder, plik albo REV:ścieżka.',
  unknownFormat: (a) => `${a.option} ${a.format}: nieznany format; użyj jednego z: ${a.list}.`,
  unknownFormatIn: (a) => `--format ${a.value}: nieznany format '${a.format}'; użyj mmd, bpmn, svg i/lub png.`,
  formatTableOrJson: (a) => `--format ${a.format}: użyj table albo json.`,
  specFormat: (a) => `--format ${a.format}: oczekiwano xlsx albo reqif.`,
  specOutExtension: (a) => `--out ${a.out}: nazwa pliku musi kończyć się na .${a.ext}${a.fromOut ? ' (albo .reqif dla ReqIF)' : ` przy --format ${a.ext}`}.`,
  dateExpected: (a) => `--date ${a.date}: oczekiwano daty w postaci RRRR-MM-DD.`,
  ruleOverride: (a) => `--rule ${a.value}: oczekiwano <id-reguły>=off|warn|error.`,
  unknownRule: (a) => `--rule ${a.id}: nieznana reguła${hint(a.suggestion)}; listę reguł pokazuje 'ccp rules'.`,
  maxWarnings: (a) => `--max-warnings ${a.value}: oczekiwano liczby całkowitej równej 0 lub większej.`,
  xlsxNeedsOut: () => '--format xlsx wymaga --out <plik.xlsx>.',
  shiftsNotXlsx: () => '--shifts można na razie pokazać jako tabelę albo JSON (--format table lub json), jeszcze nie w skoroszycie.',
  monthExpected: (a) => `--month ${a.value}: oczekiwano jednej z wartości: ${a.list}.`,
  noSuchScenario: (a) => `--scenario ${a.name}: nie ma takiego scenariusza${hint(a.suggestion)}; ${a.list ? `model ma: ${a.list}` : 'model nie ma żadnego'}.`,
  initExists: (a) => `${a.files} już ${a.count === 1 ? 'istnieje' : 'istnieją'}; ccp init nie nadpisuje plików (nic nie zostało zapisane).`,
  notAPort: (a) => `--port '${a.port}' nie jest numerem portu (od 0 do 65535).`,
  portInUse: (a) => `Port ${a.port} jest zajęty; wybierz inny przez --port albo pomiń --port, aby dostać wolny.`,
  notAHost: (a) => `--host '${a.host}' nie jest adresem tego komputera.`,
  lspStdio: () => 'lsp: podaj --stdio; serwer rozmawia przez JSON-RPC na standardowym wejściu i wyjściu.',
  severity: (a) => (a.severity === 'error' ? 'błąd' : a.severity === 'warning' ? 'ostrzeżenie' : 'informacja'),
  designErrorsForced: (a) => `ccp ${a.command}: projekt ma ${errors(a.errors)}; zapis mimo to (--force), z oznaczeniem, że powstał z projektu z błędami.`,
  designErrorsRefused: (a) =>
    `ccp ${a.command}: projekt ma ${errors(a.errors)}; nic nie zostało zapisane. Popraw ${a.errors === 1 ? 'go' : 'je'} (ccp check) albo użyj --force, aby zapisać wynik z oznaczeniem, że powstał z projektu z błędami.`,
  tooManyWarnings: (a) => `ccp: liczba ostrzeżeń (${a.warnings}) przekracza --max-warnings ${a.max}.`,
  buildStart: (a) => `Budowanie: ${a.name}, wyniki w ${a.dir} (${errors(a.errors)}, ${warnings(a.warnings)}; szczegóły pokazuje ccp check)`,
  buildDone: (a) => `Gotowe: ${n(a.made, 'artefakt', 'artefakty', 'artefaktów')} w ${decimal(a.seconds)} s.`,
  buildFailed: (a) => `Nie powiodło się: ${n(a.failed, 'artefakt', 'artefakty', 'artefaktów')}; utworzono ${a.made} w ${decimal(a.seconds)} s.`,
  artifactFailed: (a) => `BŁĄD: ${a.reason}`,
  bugInCcp: (a) => `${a.message} (to błąd w ccp; prosimy go zgłosić)`,
  nothingToDraw: () => 'brak: model nie ma nic do narysowania.',
  diagramsWritten: (a) => `${a.counts} w ${a.dir}`,
  imagesSkipped: (a) => `pominięto ${a.formats}: ${a.why}`,
  renderingOff: () => 'renderowanie wyłączone przez --no-render',
  mermaidFailed: (a) => `${a.name}: Mermaid nie zdołał go narysować (${a.error}).`,
  specWritten: (a) => `${a.file} (${n(a.functions, 'funkcja', 'funkcje', 'funkcji')}, ${n(a.must, 'obowiązkowa', 'obowiązkowe', 'obowiązkowych')})`,
  docsHtml: (a) => `${a.file} (${a.svg ? 'SVG w treści' : 'tekst Mermaid'})`,
  docsMarkdown: (a) => n(a.count, 'plik Markdown', 'pliki Markdown', 'plików Markdown'),
  docsWritten: (a) => `${a.parts.join(' i ')} w ${a.dir}`,
  docsMermaidText: (a) => `diagramy pokazane jako tekst Mermaid: ${a.why}`,
  note: (a) => `uwaga: ${String(a.note)}`,
  notATemplate: (a) => `templates/${a.name}.hbs nie jest szablonem dokumentu (znane: spec.html, index.md, process.md; szablony częściowe umieść w templates/partials/).`,
  noChannels: () => 'pominięto: model nie ma kanałów.',
  removedOutputs: (a) =>
    `Usunięto ${n(a.count, 'wynik', 'wyniki', 'wyników')} wcześniejszego uruchomienia, ${a.count === 1 ? 'którego' : 'których'} nic już nie tworzy: ${a.files}.`,
  fmtFormatted: (a) => `sformatowano ${a.file}`,
  fmtWouldChange: (a) => `Pliki do sformatowania: ${a.changed} z ${a.files}; uruchom 'ccp fmt', aby je poprawić.`,
  fmtErrorsAbove: (a) => `${a.file}: nie sformatowano z powodu powyższych błędów.`,
  fmtUnreadable: (a) => `Ten plik ${String(a.problem)}; nie został sformatowany.`,
  fmtNotUtf8: () => 'Tego pliku nie można odczytać jako tekstu UTF-8.',
  fmtNotFormatted: (a) => `${a.message} Nie został sformatowany.`,
  fmtReadOnly: () => 'Ten plik jest tylko do odczytu, więc nie został sformatowany; nadaj mu prawo zapisu, aby go sformatować (ccp fmt nigdy nie zmienia uprawnień).',
  warning: (a) => `ostrzeżenie: ${String(a.note)}`,
  fileUnreadable: (a) => `nie daje się odczytać (${a.reason})`,
  fileNotRegular: () => 'nie jest zwykłym plikiem',
  fileOverLimit: (a) => `ma ${num(a.bytes)} ${pluralPl(a.bytes, 'bajt', 'bajty', 'bajtów')}, więcej niż limit ${num(a.limit)} ${pluralPl(a.limit, 'bajtu', 'bajtów', 'bajtów')} na jeden plik`,
  skippedLinkToNothing: (a) => `'${a.path}' to dowiązanie symboliczne prowadzące donikąd; nie zostanie sformatowane.`,
  skippedLinkOutside: (a) => `'${a.path}' to dowiązanie symboliczne prowadzące poza folder projektu; ccp za nim nie podąża.`,
  skippedNotRegular: (a) => `'${a.path}' nie jest zwykłym plikiem; nie zostanie sformatowany.`,
  serveStart: (a) => `ccp serve: ${a.url}\nŚledzę zmiany w ${a.root}; Ctrl-C kończy pracę.`,
  serveUpdated: (a) =>
    `ccp serve: zaktualizowano w ${a.ms} ms: ${
      a.syntaxErrors > 0 ? `${n(a.syntaxErrors, 'błąd składni', 'błędy składni', 'błędów składni')}, pokazana jest ostatnia wersja bez nich` : `${errors(a.errors)}, ${warnings(a.warnings)}`
    }.`,
  serveOpenFailed: (a) => `ccp serve: nie można uruchomić ${a.command}; otwórz powyższy adres samodzielnie.`,
  serveInternalError: (a) => `ccp serve: błąd wewnętrzny: ${a.message}`,
  serveReachable: (a) =>
    `ccp serve: ostrzeżenie: nasłuchiwanie na '${a.host}' udostępnia stronę innym komputerom; każdy, kto zna jej adres (zawiera on token), może przeczytać projekt.`,
  initCreated: (a) =>
    `Utworzono ${a.files}.\nDalej: zmień main.ccp, a potem uruchom \`ccp check ${a.root}\` i \`ccp build ${a.root}\`.\n` +
    `Na potrzeby CI dodaj do repozytorium, w tools/, archiwum wydania ccp-cli-${a.version}.tgz i jego plik .sha512 (zob. workflow).`,
  docsWrote: (a) => `Zapisano ${n(a.count, 'plik', 'pliki', 'plików')} w ${a.dir}: ${a.files}.`,
  specWrote: (a) => `ccp: zapisano ${a.file} (${n(a.functions, 'funkcja', 'funkcje', 'funkcji')}, ${n(a.must, 'obowiązkowa', 'obowiązkowe', 'obowiązkowych')}).`,
  reqifWrote: (a) =>
    `ccp: zapisano ${a.file} (ReqIF 1.2: ${n(a.requirements, 'wymaganie', 'wymagania', 'wymagań')}, ${n(a.must, 'obowiązkowe', 'obowiązkowe', 'obowiązkowych')}, pod ${n(a.headings, 'nagłówkiem', 'nagłówkami', 'nagłówkami')}).`,
  errorsBeforeScoring: (a) => `ccp: ${errors(a.errors)}; popraw ${a.errors === 1 ? 'go' : 'je'} przed oceną dostawców.`,
  diffSideErrors: (a) => `ccp: ostrzeżenie: ${a.spec} ma ${errors(a.errors)} (uruchom ccp check); porównanie używa tego, co udało się odczytać.`,
  wroteDiagrams: (a) => `Zapisano ${n(a.count, 'diagram', 'diagramy', 'diagramów')} (.mmd) w ${a.dir}.`,
  wroteBpmn: (a) => `Zapisano ${n(a.count, 'plik BPMN', 'pliki BPMN', 'plików BPMN')} (.bpmn) w ${a.dir}.`,
  wroteBlueprints: (a) => `Zapisano ${n(a.count, 'plan usługi', 'plany usługi', 'planów usługi')} (.svg) w ${a.dir}.`,
  rendered: (a) => `Narysowano ${a.done} z ${a.total} ${pluralPl(a.total, 'diagramu', 'diagramów', 'diagramów')} (${a.formats}) przy użyciu ${a.browser} w ${decimal(a.seconds)} s.`,
  browserHint: () => 'Zainstaluj Chromium (np. `apt-get install chromium`) albo wpisz w CCP_BROWSER ścieżkę do programu Chromium lub Chrome.',
  rendererMissing: () => 'moduł rysowania diagramów jest niedostępny',
  noBrowserFound: (a) => `nie znaleziono przeglądarki. ${a.hint}`,
  noBrowserImages: (a) => `ccp: nie znaleziono przeglądarki, więc nie powstał żaden plik ${a.formats} (pliki .mmd są zapisane). ${a.hint}`,
  noBrowserBlueprints: (a) => `ccp: nie znaleziono przeglądarki, więc nie powstał żaden PNG planu usługi (pliki .svg są zapisane). ${a.hint}`,
  browserCouldNot: (a) => `${a.browser} (${a.source}) nie zdołał narysować diagramów: ${a.message}`,
  browserCouldNotBlueprints: (a) => `${a.browser} (${a.source}) nie zdołał narysować planów usługi: ${a.message}`,
  renderFailed: (a) => `ccp: ${a.name}: ${a.renderer} nie zdołał go narysować: ${a.error}`,
  bpmnWarns: (a) => `ccp: ${a.name}: ostrzeżenie bpmn-js: ${a.warning}`,
  screenshotFailed: (a) => `ccp: ${a.name}: zrzut PNG nie powiódł się: ${a.error ?? 'nieznany błąd'}`,
  mermaidFailedHtml: (a) => `ccp: ${a.name}: Mermaid nie zdołał go narysować (${a.error}); HTML pokazuje jego tekst.`,
  vendorsNoneScored: (a) =>
    `ccp: nie da się ocenić ${a.count === 1 ? 'jedynego pliku' : `żadnego z ${a.count} ${pluralPl(a.count, 'pliku', 'plików', 'plików')}`}; ranking nie został zapisany.`,
  vendorsSomeFailed: (a) => `ccp: nie da się ocenić ${a.failed} z ${a.total} ${pluralPl(a.total, 'pliku', 'plików', 'plików')}; zapisano ranking pozostałych (${a.total - a.failed}).`,
};
