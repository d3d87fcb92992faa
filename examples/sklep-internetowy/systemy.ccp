system centrala "Centrala wirtualna (VoIP)" {
  kind: contact_center
  hosting: saas
  status: planned
}

system crm "CRM" {
  kind: crm
  hosting: saas
  status: existing
}

system sklep "Platforma sklepu" {
  kind: ecommerce
  hosting: cloud
  status: existing
}

system baza_wiedzy "Baza wiedzy" {
  kind: kb
  hosting: saas
  status: planned
}

system raporty "Raportowanie" {
  kind: reporting
  hosting: saas
  status: planned
}

data klient "Dane klienta" {
  in: crm
  table: "Kontakty"
  personal: true
  basis: contract
  retention: "5 lat od ostatniego zamówienia"
}

data zgłoszenie "Zgłoszenie" {
  in: crm
  table: "Zgłoszenia"
  personal: true
  basis: contract
  retention: "3 lata"
}

data zamówienie "Zamówienie" {
  in: sklep
  table: "orders"
}

data zwrot "Zwrot pieniędzy" {
  in: sklep
  table: "refunds"
}
