/** The words of the ranking, in the score workbook and the plain-text table, per output language. */
export const scoreWords = {
  en: {
    summary: 'Summary', comparison: 'Comparison', rank: '#', vendor: 'Vendor', file: 'File', score: 'Score', quality: 'Quality', price: 'Price score',
    must: 'Must Yes', nice: 'Nice Yes', unanswered: 'Unanswered', oneOff: 'One-off cost', yearly: 'Yearly cost', cost: 'Total cost', status: 'Status',
    qualified: 'qualified', incomplete: 'incomplete: blank, unreadable or roadmap Must ', disqualified: 'disqualified: No on knock-out ',
    id: 'Id', name: 'Requirement', priority: 'Priority', weight: 'Weight', answer: 'Answer', points: 'Points', comment: 'Comment', row: 'Row', warnings: 'Warnings',
    failed: 'Files not scored', reason: 'Reason', rules: 'Scoring rules', missing: '(row missing)',
  },
  pl: {
    summary: 'Podsumowanie', comparison: 'Porównanie', rank: '#', vendor: 'Dostawca', file: 'Plik', score: 'Wynik', quality: 'Jakość', price: 'Ocena ceny',
    must: 'Wymagane: Tak', nice: 'Pożądane: Tak', unanswered: 'Bez odpowiedzi', oneOff: 'Koszt jednorazowy', yearly: 'Koszt roczny', cost: 'Koszt łączny', status: 'Status',
    qualified: 'zakwalifikowany', incomplete: 'niekompletny: brak odpowiedzi lub W planach przy wymaganym ', disqualified: 'wykluczony: Nie przy kryterium ',
    id: 'Id', name: 'Wymaganie', priority: 'Priorytet', weight: 'Waga', answer: 'Odpowiedź', points: 'Punkty', comment: 'Komentarz', row: 'Wiersz', warnings: 'Uwagi',
    failed: 'Pliki nieocenione', reason: 'Powód', rules: 'Zasady oceny', missing: '(brak wiersza)',
  },
};

export type Words = (typeof scoreWords)['en'];
