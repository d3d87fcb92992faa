import { pluralPl, type OutputLanguage } from '@ccp/core';

/** The words `ccp serve` adds to the docs' words (docWords), in the project's output language. */
export interface ServeWords {
  syntaxErrors: string;
  lastGood: string;
  openInEditor: string;
  moreFindings: (n: number) => string;
  specPreview: string;
  specNote: string;
  moreRows: (n: number) => string;
  live: string;
  skip: string;
  blueprints: string;
  /** The live status line: `{time}` is filled in by the page. */
  status: (errors: number, warnings: number) => string;
  syntaxStatus: (syntaxErrors: number) => string;
  /** Texts the page's script shows itself (`{n}`, `{error}` filled in there); sent as the body's `data-words`. */
  page: { showThem: string; draw: string; source: string; notUpdated: string; offline: string; bpmn: string; hideBpmn: string; bpmnFailed: string; bpmnTitle: string };
}

const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const en: ServeWords = {
  syntaxErrors: 'The design has syntax errors',
  lastGood: 'The page shows the last version that read without them.',
  openInEditor: 'Open in VS Code',
  moreFindings: (n) => `${n} more findings are not shown; run ccp check for all of them.`,
  specPreview: 'Vendor specification (preview)',
  specNote: 'The requirements as ccp spec writes them to spec.xlsx, without the vendor columns.',
  moreRows: (n) => `${n} more rows are in spec.xlsx.`,
  live: 'Live: the page follows every save.',
  skip: 'Skip to the content',
  blueprints: 'Service blueprints',
  status: (e, w) => `${s(e, 'error')}, ${s(w, 'warning')}; updated {time}.`,
  syntaxStatus: (n) => `${s(n, 'syntax error')}: showing the last version without them ({time}).`,
  page: {
    showThem: 'Show them',
    draw: 'Draw this diagram ({n} edges)',
    source: 'Mermaid source ({n} lines)',
    notUpdated: 'The page could not be updated: {error}',
    offline: 'The server is not answering; the page shows the last version it sent.',
    bpmn: 'Show as BPMN',
    hideBpmn: 'Hide the BPMN diagram',
    bpmnFailed: 'The BPMN diagram could not be drawn: {error}',
    bpmnTitle: 'BPMN 2.0 (as ccp diagram --format bpmn writes it; drag to move, wheel to zoom)',
  },
};

const pl: ServeWords = {
  syntaxErrors: 'Projekt ma błędy składni',
  lastGood: 'Strona pokazuje ostatnią wersję bez nich.',
  openInEditor: 'Otwórz w VS Code',
  moreFindings: (n) => `Nie pokazano ${n} uwag; wszystkie pokaże ccp check.`,
  specPreview: 'Specyfikacja dla dostawców (podgląd)',
  specNote: 'Wymagania tak, jak ccp spec zapisuje je w spec.xlsx, bez kolumn dla dostawcy.',
  moreRows: (n) => `Pozostałe wiersze (${n}) są w spec.xlsx.`,
  live: 'Na żywo: strona odświeża się po każdym zapisie.',
  skip: 'Przejdź do treści',
  blueprints: 'Plany usługi (service blueprint)',
  status: (e, w) => `${e} ${pluralPl(e, 'błąd', 'błędy', 'błędów')}, ${w} ${pluralPl(w, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}; odświeżono o {time}.`,
  syntaxStatus: (n) => `${n} ${pluralPl(n, 'błąd', 'błędy', 'błędów')} składni: strona pokazuje ostatnią wersję bez nich ({time}).`,
  page: {
    showThem: 'Pokaż je',
    draw: 'Narysuj ten diagram (krawędzie: {n})',
    source: 'Źródło Mermaid (wiersze: {n})',
    notUpdated: 'Nie udało się odświeżyć strony: {error}',
    offline: 'Serwer nie odpowiada; strona pokazuje ostatnią wersję, którą otrzymała.',
    bpmn: 'Pokaż jako BPMN',
    hideBpmn: 'Ukryj diagram BPMN',
    bpmnFailed: 'Nie udało się narysować diagramu BPMN: {error}',
    bpmnTitle: 'BPMN 2.0 (tak, jak zapisuje go ccp diagram --format bpmn; przeciągnij, by przesunąć, kółkiem przybliż)',
  },
};

export function serveWords(language: OutputLanguage | undefined): ServeWords {
  return language === 'pl' ? pl : en;
}
