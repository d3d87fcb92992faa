import type { OutputLanguage } from '@ccp/core';

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
}

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
};

export function serveWords(language: OutputLanguage | undefined): ServeWords {
  return language === 'pl' ? pl : en;
}
