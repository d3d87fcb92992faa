process doradztwo "Doradztwo przed zakupem" {
  owner: kierownik_bok
  sourcing: in_house
  category: sales

  step rozmowa "Rozmowa o potrzebach" {
    by: konsultant
    uses: odbiór_połączeń, czat_na_stronie, karta_klienta
    reads: klient
    time: 6m
    next: polecenie
  }

  step polecenie "Polecenie produktu" {
    by: konsultant
    uses: odpowiedź_z_szablonu
    writes: zgłoszenie
    time: 3m
    end
  }
}

process status_zamówienia "Status zamówienia" {
  owner: kierownik_bok
  sourcing: in_house
  category: service
  sla: respond 4h, resolve 2d

  step sprawdzenie "Sprawdzenie statusu" {
    by: konsultant
    uses: karta_klienta, śledzenie_przesyłki
    reads: klient, zamówienie
    time: 3m
    decide {
      "paczka w drodze" 80% -> informacja
      otherwise 20% -> poszukiwanie
    }
  }

  step poszukiwanie "Poszukiwanie przesyłki u przewoźnika" {
    by: starszy_konsultant
    uses: rejestracja_zgłoszenia
    writes: zgłoszenie
    time: 15m
    next: informacja
  }

  step informacja "Informacja dla klienta" {
    by: konsultant
    uses: odpowiedź_z_szablonu
    writes: zgłoszenie
    time: 2m
    end
  }
}

process reklamacja "Obsługa reklamacji" {
  owner: starszy_konsultant
  sourcing: in_house
  category: complaints
  sla: respond 1d, resolve 14d
  quantities: wartość_roszczenia

  step przyjęcie "Przyjęcie reklamacji" {
    by: konsultant
    uses: odbiór_połączeń, rejestracja_zgłoszenia
    reads: klient, zamówienie
    writes: zgłoszenie
    time: 7m
    next: ocena
  }

  step ocena "Ocena wartości roszczenia" {
    by: starszy_konsultant
    reads: zgłoszenie
    time: 5m
    value: 30 PLN
    decide {
      wartość_roszczenia < handling_cost 40% -> uznanie
      otherwise 60% -> rozpatrzenie
    }
  }

  step rozpatrzenie "Rozpatrzenie reklamacji" {
    by: starszy_konsultant
    reads: zamówienie, zgłoszenie
    writes: zgłoszenie
    time: 30m
    decide {
      "reklamacja zasadna" 70% -> uznanie
      otherwise 30% -> odpowiedź
    }
  }

  step uznanie "Uznanie i zwrot pieniędzy" {
    by: starszy_konsultant
    uses: zlecenie_zwrotu
    writes: zwrot, zgłoszenie
    time: 5m
    next: odpowiedź
  }

  step odpowiedź "Odpowiedź dla klienta" {
    by: konsultant
    uses: odpowiedź_z_szablonu
    writes: zgłoszenie
    time: 4m
    end
  }
}
