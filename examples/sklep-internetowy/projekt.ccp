// Biuro obsługi klienta sklepu internetowego „Zielony Koszyk”.
import "organizacja.ccp"
import "systemy.ccp"
import "kanały.ccp"
import "funkcje.ccp"
import "procesy.ccp"

project zielony_koszyk "Zielony Koszyk – obsługa klienta" {
  vision: "Każde pytanie klienta załatwione w jednym kontakcie, w kanale, który klient wybrał."
  sponsor: dyrektor_sprzedaży
  goals: "80% połączeń odebranych w 20 sekund", "Odpowiedź na e-mail w ciągu 4 godzin"
  output_language: pl
  version: "0.9"
  center: revenue
  shrinkage: urlopy 10%, choroby 6%, szkolenia 3%
  constraints: "RODO", "Ustawa o prawach konsumenta"
}

stage szukanie "Szukanie informacji" {}

stage zakup "Zakup" {}

stage użytkowanie "Użytkowanie" {}

stage powrót "Ponowny zakup" {}

persona rodzic "Zapracowany rodzic" {
  segment: "30–45 lat, zamawia wieczorem z telefonu"
  channels: czat, email
  share: 60%
}

persona senior "Klient senior" {
  segment: "Powyżej 65 lat, woli rozmowę telefoniczną"
  channels: telefon
  share: 15%
}

kpi poziom_obsługi "Poziom obsługi" {
  channel: telefon
  target: >= 80%
  source: centrala
  group: satisfaction
}

kpi czas_odpowiedzi "Czas odpowiedzi na e-mail" {
  channel: email
  target: <= 4h
  source: crm
  group: satisfaction
}

kpi fcr "Rozwiązanie przy pierwszym kontakcie" {
  target: >= 70%
  source: crm
  group: efficiency
}

scenario święta "Szczyt przedświąteczny" {
  volume: telefon +50%, czat +100%, email +60%
}
