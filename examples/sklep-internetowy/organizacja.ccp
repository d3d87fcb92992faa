role dyrektor_sprzedaży "Dyrektor sprzedaży" {
  headcount: 1
  backup: kierownik_bok
}

role kierownik_bok "Kierownik Biura Obsługi Klienta" {
  reports_to: dyrektor_sprzedaży
  span: 10
  headcount: 1
  backup: starszy_konsultant
  access: crm read, raporty read write
  rate: 95 PLN/h
}

role konsultant "Konsultant" {
  reports_to: kierownik_bok
  headcount: 9
  backup: starszy_konsultant
  competencies: "prawo konsumenckie", "obsługa CRM", "poprawna polszczyzna"
  access: crm read write, centrala read write, baza_wiedzy read, zgłoszenie read write, klient read write, zamówienie read
  rate: 42 PLN/h
}

role starszy_konsultant "Starszy konsultant" {
  reports_to: kierownik_bok
  headcount: 2
  access: crm read write, centrala read write, baza_wiedzy read write, zgłoszenie read write, klient read write, zamówienie read write, zwrot write
  rate: 55 PLN/h
}

role magazynier "Pracownik magazynu" {
  headcount: 4
  access: sklep read write, zamówienie read write
  rate: 35 PLN/h
}
