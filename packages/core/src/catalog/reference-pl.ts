/**
 * The language reference in Polish: what each declaration keyword and each field means, as the editor shows it in a
 * hover and in completion when the project's output_language is pl. Keyed `keyword` for a declaration and
 * `keyword.field` for a field (the field's canonical name); the English texts are the `doc` of the KindSpecs in
 * packages/language/src/build/kinds. Keywords, field names, values and examples stay as written (they are syntax).
 * test/lsp/lsp-language.spec.ts checks that every keyword and field has its text here.
 */
export const referencePl: Readonly<Record<string, string>> = {
  project: 'Projektowane contact center: wizja, sponsor i język generowanych dokumentów. Jeden na projekt.',
  'project.description': 'Czym jest, opisane słowami.',
  'project.vision': 'Po co centrum istnieje i co ma robić (DOMAIN, krok 1).',
  'project.sponsor': 'Rola na poziomie zarządu, która jest właścicielem projektu. Bez niej nie ruszaj dalej.',
  'project.goals': 'Mierzalne cele, jako teksty w cudzysłowie.',
  'project.output_language': 'Język generowanych dokumentów: en albo pl.',
  'project.version': 'Wersja projektu, pokazywana na generowanych dokumentach.',
  'project.center': 'Czy dział jest prowadzony jako centrum kosztów (cost), czy centrum przychodów (revenue).',
  'project.shrinkage': 'Część płatnego czasu tracona z różnych przyczyn (urlopy, choroby, szkolenia, ...); używana do wyliczenia etatów.',
  'project.hours_per_week': 'Płatne godziny pracy jednego pełnego etatu w tygodniu (domyślnie 40).',
  'project.constraints': 'Ograniczenia prawne i bezpieczeństwa (RODO, prawo sektorowe), jako teksty w cudzysłowie.',

  persona: 'Segment klientów z preferowanymi przez nich kanałami (DOMAIN, krok 3).',
  'persona.description': 'Czym jest, opisane słowami.',
  'persona.segment': 'Segment opisany słowami: wiek, potrzeby, wartość.',
  'persona.channels': 'Preferowane kanały, od najbardziej preferowanego.',
  'persona.share': 'Udział we wszystkich klientach.',

  stage:
    'Etap ścieżki klienta (szukanie informacji, zakup, korzystanie, zmiana, utrzymanie); kolejność deklaracji jest kolejnością ścieżki.',
  'stage.description': 'Czym jest, opisane słowami.',

  channel: 'Droga, którą klienci kontaktują się z centrum: godziny, wolumeny, szczyty, czas obsługi i docelowy poziom obsługi.',
  'channel.description': 'Czym jest, opisane słowami.',
  'channel.medium': 'voice (głos), email, chat (czat), social (media społecznościowe), sms, web (strona WWW), letter (list), visit (wizyta), app (aplikacja), video (wideo).',
  'channel.hours': 'Godziny otwarcia, zapisane jak w części „Opening hours” opisu języka (docs/language.md); tekst, którego nie da się odczytać, jest błędem.',
  'channel.volume': 'Liczba kontaktów na dzień, tydzień lub miesiąc.',
  'channel.peak': 'Stosunek najbardziej obciążonej godziny do średniej godziny, jako mnożnik albo procent.',
  'channel.intraday': 'Udział dziennego wolumenu w każdym przedziale (według jego początku); razem 100%.',
  'channel.weekly': 'Udział tygodniowego wolumenu w każdym dniu tygodnia; razem 100%.',
  'channel.seasonality': 'Wolumen miesięczny jako procent średniego miesiąca.',
  'channel.aht': 'Średni czas obsługi jednego kontaktu (AHT).',
  'channel.service_level': 'Docelowy poziom obsługi: część kontaktów odebranych w zadanym czasie.',
  'channel.asa': 'Docelowy średni czas oczekiwania na odebranie (ASA).',
  'channel.patience': 'Średni czas, po którym czekający klient rezygnuje (włącza model Erlang A).',
  'channel.max_occupancy': 'Najwyższe dopuszczalne obłożenie konsultanta.',
  'channel.abandonment': 'Najwyższy dopuszczalny odsetek porzuconych kontaktów (Erlang A, razem z patience).',
  'channel.concurrency':
    'Liczba kontaktów, które konsultant obsługuje naraz (czat, wiadomości); obsada jest liczona z aht / concurrency.',
  'channel.direction':
    'inbound (domyślnie, przychodzący) albo outbound (wychodzący): kontakty nawiązuje centrum, obsadzane jak praca odroczona w godzinach otwarcia.',
  'channel.interval': 'Długość przedziału planowania obsady (domyślnie 30m).',
  'channel.handled_by': 'Role, które obsługują kanał.',
  'channel.uses': 'Funkcje, które kanał udostępnia klientom do samoobsługi (IVR, portal, chatbot).',

  touchpoint:
    'Moment, w którym klient i firma się spotykają, w jakichś kanałach, z inicjatywy jednej ze stron; prowadzi do procesu (DOMAIN, krok 4).',
  'touchpoint.description': 'Czym jest, opisane słowami.',
  'touchpoint.channel': 'Kanały, w których do niego dochodzi.',
  'touchpoint.initiated_by': 'Kto go inicjuje: customer (klient) albo company (firma).',
  'touchpoint.stage': 'Etap ścieżki klienta, do którego należy.',
  'touchpoint.reason': 'Dlaczego do niego dochodzi.',
  'touchpoint.volume': 'Jak często do niego dochodzi.',
  'touchpoint.starts': 'Proces, który rozpoczyna.',
  'touchpoint.direction':
    'inbound (klient kontaktuje się z firmą) albo outbound (firma kontaktuje się z klientem).',
  'touchpoint.informs': 'O czym powiadomienie informuje klienta; punkt styku, który tylko informuje, nie potrzebuje procesu.',
  'touchpoint.uses': 'Funkcje, z których klient korzysta tu sam, bez konsultanta (samoobsługa).',
  'touchpoint.satisfaction':
    'Zadowolenie klienta w tym miejscu, od 1 (bardzo niezadowolony) do 5 (zachwycony); pokazują je ścieżki klienta i blueprinty usług.',
  'touchpoint.pain': 'Problemy (pain points), na które klient tu trafia, jako teksty w cudzysłowie.',
  'touchpoint.moment_of_truth': 'true, gdy klient decyduje tu, czy zostać: moment prawdy.',
  'touchpoint.personas': 'Persony, których dotyczy (wszystkie, gdy pominięte).',

  process: 'Ciąg kroków z przypisanymi rolami (DOMAIN, krok 5): właściciel, sposób realizacji, SLA, stan obecny lub docelowy.',
  'process.description': 'Czym jest, opisane słowami.',
  'process.owner': 'Rola, która odpowiada za cały proces od początku do końca.',
  'process.sourcing': 'in_house (we własnym zakresie), hybrid (hybrydowo) albo outsourced (outsourcing, opcjonalnie \'to "Dostawca"\').',
  'process.vendor': 'Dostawca, który prowadzi proces w outsourcingu lub hybrydowo.',
  'process.internal_owner':
    'Rola po stronie firmy odpowiedzialna za współpracę z dostawcą: raporty, nagrania, szkolenia, codzienny kontakt.',
  'process.sla': 'Terminy reakcji i rozwiązania.',
  'process.direction': 'inbound (domyślnie) albo outbound: sprawy rozpoczyna centrum (windykacja, oddzwonienia).',
  'process.variant': 'as_is (stan obecny) albo to_be (stan docelowy).',
  'process.replaces': 'Proces w stanie obecnym, który ten proces docelowy zastępuje.',
  'process.category': 'sales (sprzedaż), service (obsługa), complaints (reklamacje), helpdesk, collections (windykacja), hotline (infolinia), ...',
  'process.volume': 'Liczba spraw wpływających do procesu w okresie.',
  'process.quantities': 'Wielkości porównywane w jego decyzjach, jako identyfikatory (wbudowane: value, handling_cost).',

  role: 'Stanowisko w centrum lub wokół niego: podległość, rozpiętość kierowania, liczba osób, zastępstwo, kompetencje i uprawnienia dostępu.',
  'role.description': 'Czym jest, opisane słowami.',
  'role.reports_to': 'Rola, której ta rola podlega.',
  'role.span': 'Liczba osób podlegających jednej osobie w tej roli (rozpiętość kierowania).',
  'role.headcount': 'Liczba osób w roli, obecnie lub w planie.',
  'role.backup': 'Rola lub role, które zastępują osoby w tej roli podczas urlopów i chorób.',
  'role.competencies': 'Co muszą umieć osoby w tej roli, jako teksty w cudzysłowie.',
  'role.access': 'Uprawnienia do systemów lub danych: identyfikator, a po nim read (odczyt) lub write (zapis).',
  'role.deny':
    'Systemy lub dane, do których rola z zasady nie ma dostępu; kroki dostają te dane przez funkcję integracyjną.',
  'role.rate': 'Koszt jednej godziny pracy w tej roli.',
  'role.external': 'true, gdy rolę obsadzają ludzie dostawcy.',

  system: 'System IT: platforma contact center, CRM, baza wiedzy, WFM, system zgłoszeń, ERP... z hostingiem i statusem.',
  'system.description': 'Czym jest, opisane słowami.',
  'system.kind': 'contact_center, pbx, crm, kb (baza wiedzy), wfm, ticketing (zgłoszenia), reporting (raportowanie), erp, ...',
  'system.hosting': 'saas, cloud (chmura), private_cloud (chmura prywatna) albo on_prem (lokalnie).',
  'system.status': 'existing (istniejący, działa dziś) albo planned (planowany, do zakupu).',
  'system.vendor': 'Kto go dostarcza.',

  data: 'Informacje zapisywane przez centrum: gdzie (system i tabela), czy są osobowe, na jakiej podstawie prawnej i jak długo.',
  'data.description': 'Czym jest, opisane słowami.',
  'data.in': 'System, który je przechowuje.',
  'data.table': 'Tabela lub obiekt, w którym są przechowywane.',
  'data.personal': 'true, gdy zawierają dane osobowe (RODO/GDPR).',
  'data.basis':
    'Podstawa prawna według RODO: consent (zgoda), contract (umowa), legal_obligation (obowiązek prawny), vital_interest (żywotny interes), public_task (zadanie publiczne), legitimate_interest (prawnie uzasadniony interes).',
  'data.retention': 'Jak długo są przechowywane: czas (90d, 10y, 18mo, "90 dni", "10 lat") albo tekst.',

  function:
    'Wymaganie, które dostawca musi spełnić: jeden wiersz specyfikacji dla dostawców, wymagane albo pożądane (DOMAIN, krok 6).',
  'function.description': 'Czym jest, opisane słowami.',
  'function.priority': 'must (wymagana) albo nice (pożądana).',
  'function.system': 'Rodzaj systemu, który ją zapewnia (crm, contact_center, ...), albo identyfikator zadeklarowanego systemu.',
  'function.roles': 'Role uprawnione do jej wykonywania (uprawnienia).',
  'function.records': 'Dane, które zapisuje.',
  'function.acceptance': 'Kryteria akceptacji, jako teksty w cudzysłowie.',
  'function.category':
    'functional (domyślnie, funkcjonalna), security (bezpieczeństwo), continuity (ciągłość działania), reporting (raportowanie), gdpr (RODO), integration (integracja).',
  'function.covers':
    'Wbudowane wiersze pozafunkcjonalne specyfikacji, które ta funkcja zastępuje i które wypadają ze specyfikacji: gdpr, recordings, reports, telecom, backups, continuity, finance (wiersz nfr.<klucz>).',
  'function.weight': 'Waga w ocenie dostawców (domyślnie 3 dla must, 1 dla nice).',

  kpi: 'Miara działania centrum z wartością docelową i systemem, z którego pochodzą dane (DOMAIN, krok 10).',
  'kpi.description': 'Czym jest, opisane słowami.',
  'kpi.definition': 'Jak jest liczony.',
  'kpi.channel': 'Kanał, który mierzy, jeśli jeden.',
  'kpi.measure':
    'Co mierzy, gdy nie mówi tego jego identyfikator ani nazwa: awt, asa, service_level, abandonment, blocked_calls, aht, occupancy, ftr, csat, attrition, absenteeism, conversion. Wyznacza kierunek i jednostkę celu.',
  'kpi.target':
    'Cel: porównanie i wartość (`<= 6m`, `>= 80%`, `80% in 20s`); porównanie można pominąć, gdy miara mówi, w którą stronę jest lepiej.',
  'kpi.source': 'System, z którego pochodzą dane.',
  'kpi.group': 'satisfaction (zadowolenie), efficiency (efektywność), business (biznes) albo people (ludzie).',

  scenario: 'Scenariusz „co jeśli”: zmieniają się wolumeny, podział na kanały albo czasy obsługi, np. 60% telefonów przechodzi na e-mail.',
  'scenario.description': 'Czym jest, opisane słowami.',
  'scenario.volume': 'Zmienia wolumen kanału o podany procent.',
  'scenario.move': 'Przenosi część wolumenu jednego kanału do innego.',
  'scenario.aht': 'Ustala średni czas obsługi w kanale.',

  tender:
    'Zasady oceny w przetargu, podane w specyfikacji przed otwarciem ofert: wagi, punkty za odpowiedzi, kryteria wykluczające, koszty (jeden na projekt).',
  'tender.description': 'Czym jest, opisane słowami.',
  'tender.priority_weights':
    'Udział w ocenie dla każdego priorytetu, dzielony między jego wymagania według ich wag; normalizowany do 100.',
  'tender.area_weights':
    'Udział w ocenie dla każdego obszaru (rodzaj systemu funkcji; non_functional dla wierszy pochodnych); normalizowany do 100.',
  'tender.points':
    'Punkty (0-100) za każdą odpowiedź: yes (tak), partial (częściowo), roadmap (w planach), no (nie), n_a (podanie n_a daje dostawcom odpowiedź N/D).',
  'tender.scale': 'Skala 0-5 zamiast Tak/Częściowo/Nie: opis każdej oceny od 0 do 5 (punkty: ocena x 20).',
  'tender.knockout':
    'Kryteria wykluczające: musts (każde wymaganie Must) i identyfikatory funkcji; odpowiedź Nie (albo 0 na skali) wyklucza ofertę. none: brak kryteriów wykluczających.',
  'tender.cost_years':
    'Liczba lat, za które liczony jest koszt całkowity: koszt jednorazowy + lata x koszt roczny. Specyfikacja pyta wtedy o oba.',
  'tender.price_weight': 'Udział ceny w ocenie końcowej (najniższy koszt całkowity / koszt całkowity oferty x 100).',
  'tender.currency': 'Waluta, w której podaje się koszty, pokazana na stronie tytułowej.',

  shift:
    'Wzór zmiany, na którą można planować konsultantów: godziny rozpoczęcia lub okno rozpoczęcia, długość, płatna przerwa i dni (ccp staffing --shifts).',
  'shift.description': 'Czym jest, opisane słowami.',
  'shift.start':
    'Godziny rozpoczęcia albo okno rozpoczęcia `07:00 to 10:00` (każda granica przedziału w tym oknie, z oboma końcami).',
  'shift.length': 'Długość zmiany razem z płatnymi przerwami (domyślnie 8h).',
  'shift.break': 'Płatna przerwa w środku zmiany: płatna, bez odbierania kontaktów.',
  'shift.days': 'Dni tygodnia, w które można ją pracować (domyślnie: każdy dzień otwarcia).',
  'shift.channels': 'Kanały, które obsadza (domyślnie: wszystkie kanały).',

  step: 'Najmniejsza jednostka pracy w procesie: kto ją wykonuje, z jakimi funkcjami i danymi, i co dzieje się dalej.',
  'step.description': 'Czym jest, opisane słowami.',
  'step.by': 'Rola, która wykonuje krok.',
  'step.uses': 'Funkcje (wymagania), których krok potrzebuje.',
  'step.reads': 'Dane, które krok odczytuje.',
  'step.writes': 'Dane, które krok zapisuje.',
  'step.next': 'Krok lub kroki, które następują po nim.',
  'step.calls': 'Proces, któremu ten krok przekazuje sprawę (podproces).',
  'step.time': 'Czas obsługi kroku.',
  'step.value': 'Wartość, o którą chodzi w typowej sprawie, dla reguły kosztu weryfikacji (review-cost).',
  'step.visibility':
    'Miejsce kroku w blueprincie usługi: front (klient go widzi) albo back (wewnętrzny); wyznaczane, gdy pominięte.',
};
