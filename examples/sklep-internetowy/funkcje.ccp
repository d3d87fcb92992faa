function odbiór_połączeń "Odbieranie połączeń z kolejki" {
  priority: must
  system: centrala
  roles: konsultant, starszy_konsultant
  description: "Kolejka, zapowiedź, przekazanie połączenia, nagrywanie rozmów."
}

function karta_klienta "Karta klienta w jednym oknie" {
  priority: must
  system: crm
  roles: konsultant, starszy_konsultant
  records: klient
  description: "Dane klienta, historia kontaktów i zamówień w jednym oknie (zamówienia przez integrację ze sklepem)."
}

function rejestracja_zgłoszenia "Rejestracja zgłoszenia" {
  priority: must
  system: crm
  roles: konsultant, starszy_konsultant
  records: zgłoszenie
  description: "Zgłoszenie z kanałem, statusem, osobą odpowiedzialną, historią i załącznikami."
}

function czat_na_stronie "Czat na stronie sklepu" {
  priority: nice
  system: centrala
  roles: konsultant
  description: "Okno czatu z gotowymi odpowiedziami i przekazaniem rozmowy."
}

function śledzenie_przesyłki "Status przesyłki w CRM" {
  priority: must
  system: crm
  roles: konsultant, starszy_konsultant
  description: "Numer przesyłki i jej status pobierane od przewoźnika."
}

function zlecenie_zwrotu "Zlecenie zwrotu pieniędzy" {
  priority: must
  system: sklep
  roles: starszy_konsultant
  records: zwrot
  description: "Zwrot na kartę lub konto klienta prosto ze zgłoszenia."
}

function odpowiedź_z_szablonu "Odpowiedź e-mail z szablonu" {
  priority: nice
  system: crm
  roles: konsultant, starszy_konsultant
  description: "Szablony odpowiedzi z polami do uzupełnienia."
}

function zgody_rodo "Obsługa zgód i żądań RODO" {
  priority: must
  category: gdpr
  system: crm
  description: "Rejestr zgód, eksport i usunięcie danych na żądanie klienta."
}
