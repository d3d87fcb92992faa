channel telefon "Infolinia" {
  medium: voice
  hours: "Pn–Pt 8:00–18:00"
  volume: 180/day
  intraday: 08:00 8%, 09:00 12%, 10:00 13%, 11:00 12%, 12:00 10%, 13:00 10%, 14:00 10%, 15:00 9%, 16:00 9%, 17:00 7%
  aht: 5m
  service_level: 80% in 20s
  handled_by: konsultant
}

channel email "Poczta e-mail" {
  medium: email
  hours: "Pn–Pt 8:00–18:00"
  volume: 220/day
  aht: 7m
  service_level: 90% in 4h
  handled_by: konsultant
}

channel czat "Czat na stronie" {
  medium: chat
  hours: "Codziennie 8:00–22:00"
  volume: 150/day
  aht: 6m
  service_level: 80% in 40s
  handled_by: konsultant
}

touchpoint pytanie_o_produkt "Pytanie o produkt przed zakupem" {
  channel: czat, telefon
  initiated_by: customer
  stage: szukanie
  reason: "Skład, rozmiar, termin dostawy"
  volume: 120/day
  starts: doradztwo
  personas: rodzic
  zadowolenie: 4
}

touchpoint gdzie_paczka "Gdzie jest moja paczka?" {
  channel: telefon, email, czat
  initiated_by: customer
  stage: zakup
  reason: "Opóźniona lub zagubiona przesyłka"
  volume: 200/day
  starts: status_zamówienia
  zadowolenie: 2
  ból: "Dodzwania się dopiero za trzecim razem", "Nikt nie wie, gdzie jest kurier"
  moment_prawdy: true
}

touchpoint reklamacja_towaru "Reklamacja towaru" {
  channel: email, telefon
  initiated_by: customer
  stage: użytkowanie
  reason: "Towar uszkodzony lub niezgodny z zamówieniem"
  volume: 25/day
  starts: reklamacja
  zadowolenie: 1
  ból: "Musi sam odesłać towar na swój koszt"
  moment_prawdy: true
}

touchpoint przypomnienie "Przypomnienie o koszyku" {
  channel: email
  initiated_by: company
  stage: powrót
  reason: "Klient zostawił produkty w koszyku"
  volume: 300/day
  starts: doradztwo
}
