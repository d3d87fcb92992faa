import { label, type Model, type NonFunctionalKey, type OutputLanguage, type Priority } from '@ccp/core';

/** A requirement that follows from the design rather than from a declared function (DOMAIN.md, outsourcing). */
export interface DerivedRequirement {
  /** `nfr.<key>`: a dot cannot appear in a ccp id, so these never clash with function ids. */
  id: string;
  name: string;
  description: string;
  category: 'gdpr' | 'reporting' | 'continuity' | 'security';
  priority: Priority;
  source: string;
}

type Key = NonFunctionalKey;
type Texts = Record<Key, { name: string; description: string }>;

const texts: Record<OutputLanguage, Texts & { sources: Record<'personal' | 'outsourced' | 'hosted', string> }> = {
  en: {
    gdpr: {
      name: 'GDPR procedures for personal data',
      description:
        'Personal data is processed under documented GDPR procedures: a data processing agreement, access control by role, retention and erasure, logging of access, and breach notification within 72 hours.',
    },
    recordings: {
      name: 'Call recordings available shortly after the call; live listening',
      description: 'Recordings of the outsourced service are available to us shortly after each call, searchable by case, and supervisors can listen live.',
    },
    reports: {
      name: 'Efficiency reports',
      description: 'Regular reports on volumes, service level, handling time and quality of the outsourced service, with feedback handled in an agreed cycle.',
    },
    telecom: {
      name: 'At least two telecom operators',
      description: 'Voice traffic runs through at least two independent telecom operators, so that the loss of one does not stop the service.',
    },
    backups: {
      name: 'Backups',
      description: 'Data and configuration are backed up regularly, backups are tested by restoring them, and the recovery point and time objectives are stated.',
    },
    continuity: {
      name: 'Business continuity plan',
      description: 'A tested business continuity plan covers the loss of a site, of staff, of systems and of connectivity.',
    },
    finance: {
      name: 'Financial standing',
      description: 'The vendor shows financial statements for the last two years.',
    },
    sources: { personal: 'Personal data: ', outsourced: 'Outsourced processes: ', hosted: 'Hosted systems: ' },
  },
  pl: {
    gdpr: {
      name: 'Procedury RODO dla danych osobowych',
      description:
        'Dane osobowe są przetwarzane według udokumentowanych procedur RODO: umowa powierzenia, kontrola dostępu według ról, okresy przechowywania i usuwanie, rejestrowanie dostępu, zgłaszanie naruszeń w ciągu 72 godzin.',
    },
    recordings: {
      name: 'Nagrania rozmów dostępne wkrótce po rozmowie; odsłuch na żywo',
      description: 'Nagrania z obsługi zleconej są dostępne dla nas wkrótce po każdej rozmowie, z wyszukiwaniem po sprawie, a supervisorzy mogą słuchać rozmów na żywo.',
    },
    reports: {
      name: 'Raporty efektywności',
      description: 'Regularne raporty o wolumenach, poziomie obsługi, czasie obsługi i jakości obsługi zleconej, z uzgodnionym cyklem informacji zwrotnej.',
    },
    telecom: {
      name: 'Co najmniej dwóch operatorów telekomunikacyjnych',
      description: 'Ruch głosowy przechodzi przez co najmniej dwóch niezależnych operatorów, tak aby awaria jednego nie zatrzymała obsługi.',
    },
    backups: {
      name: 'Kopie zapasowe',
      description: 'Dane i konfiguracja mają regularne kopie zapasowe, testowane przez odtworzenie, z określonym punktem i czasem odtworzenia.',
    },
    continuity: {
      name: 'Plan ciągłości działania',
      description: 'Przetestowany plan ciągłości działania obejmuje utratę lokalizacji, personelu, systemów i łączności.',
    },
    finance: {
      name: 'Kondycja finansowa',
      description: 'Dostawca przedstawia sprawozdania finansowe za ostatnie dwa lata.',
    },
    sources: { personal: 'Dane osobowe: ', outsourced: 'Procesy zlecone: ', hosted: 'Systemy hostowane: ' },
  },
};

/**
 * Requirements implied by the model: personal data needs GDPR procedures; an outsourced or hybrid process needs
 * recordings, efficiency reports, two telecom operators, backups, business continuity and a vendor in good
 * financial standing; systems hosted by a vendor (SaaS or cloud) need backups and business continuity.
 * One requirement, one row: a row is left out when a function of the design `covers:` it (the function's own row
 * asks for the same thing, so vendors answer it once and it is scored once).
 */
export function derivedRequirements(model: Model, language: OutputLanguage): DerivedRequirement[] {
  const t = texts[language] ?? texts.en;
  const out: DerivedRequirement[] = [];
  const covered = new Set<Key>();
  for (const f of model.functions) for (const k of f.covers ?? []) covered.add(k);
  const add = (key: Key, category: DerivedRequirement['category'], priority: Priority, source: string) =>
    covered.has(key) ||
    out.push({ id: `nfr.${key}`, name: t[key].name, description: t[key].description, category, priority, source });

  const personal = model.data.filter((d) => d.personal);
  const outsourced = model.processes.filter((p) => p.sourcing === 'outsourced' || p.sourcing === 'hybrid');
  const hosted = model.systems.filter((s) => s.hosting === 'saas' || s.hosting === 'cloud' || s.hosting === 'private_cloud');
  const list = (items: { id: string; name?: string }[]) => items.map(label).join(', ');

  if (personal.length > 0) add('gdpr', 'gdpr', 'must', t.sources.personal + list(personal));
  if (outsourced.length > 0) {
    const src = t.sources.outsourced + list(outsourced);
    add('recordings', 'reporting', 'must', src);
    add('reports', 'reporting', 'must', src);
    add('telecom', 'continuity', 'must', src);
  }
  if (outsourced.length > 0 || hosted.length > 0) {
    const src = [outsourced.length ? t.sources.outsourced + list(outsourced) : '', hosted.length ? t.sources.hosted + list(hosted) : '']
      .filter(Boolean)
      .join('; ');
    add('backups', 'continuity', 'must', src);
    add('continuity', 'continuity', 'must', src);
  }
  if (outsourced.length > 0) add('finance', 'security', 'nice', t.sources.outsourced + list(outsourced));
  return out;
}
