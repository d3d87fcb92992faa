/**
 * The shape of a synthetic project of N steps: how many of each element, and the ids that tie them together so
 * the project checks with no errors and no warnings (the benchmark must time the normal path, not the reporting of
 * findings). Every count grows with N, except the handful of systems, channels, stages and KPIs a real center has.
 */

export const STEPS_PER_PROCESS = 10;
export const PROCESSES_PER_FILE = 10;
export const FILES_PER_AREA = 10;
/** Data entities, functions and touchpoints per file. */
export const ELEMENTS_PER_FILE = 200;

export const systems = [
  ['crm', 'crm', 'saas', 'Salesforce'],
  ['erp', 'erp', 'on_prem', 'SAP'],
  ['kb', 'kb', 'saas', 'Confluence'],
  ['ticketing', 'ticketing', 'cloud', 'Zendesk'],
  ['contact_center', 'contact_center', 'cloud', 'Genesys'],
  ['wfm', 'wfm', 'saas', 'NICE'],
  ['reporting', 'reporting', 'cloud', 'Power BI'],
  ['billing', 'billing', 'on_prem', 'Comarch'],
  ['dms', 'dms', 'private_cloud', 'OpenText'],
  ['mailer', 'email', 'saas', 'Mailgun'],
  ['portal', 'web', 'cloud', 'In-house'],
  ['chatbot', 'chat', 'saas', 'LivePerson'],
].map(([id, kind, hosting, vendor]) => ({ id, kind, hosting, vendor }));

export const channels = [
  { id: 'phone', name: 'Infolinia', medium: 'voice', perDay: 1200, aht: '6m', sl: '80% in 20s' },
  { id: 'email', name: 'E-mail', medium: 'email', perDay: 400, aht: '8m', sl: '90% in 8h' },
  { id: 'chat', name: 'Czat', medium: 'chat', perDay: 600, aht: '5m', sl: '80% in 30s' },
  { id: 'web_form', name: 'Formularz WWW', medium: 'web', perDay: 150, aht: '7m', sl: '90% in 1d' },
  { id: 'mobile_app', name: 'Aplikacja', medium: 'app', perDay: 300, aht: '4m', sl: '85% in 1h' },
];

export const stages = ['discover', 'buy', 'use', 'update', 'retain'];

export const stepTemplates = [
  { id: 'receive', name: 'Przyjmij zgłoszenie', text: "Receive the customer's request and open a case." },
  { id: 'identify', name: 'Zidentyfikuj klienta', text: 'Identify the customer and check the consents.' },
  { id: 'assess', name: 'Oceń wartość', text: 'Decide whether a review costs more than the claim is worth.' },
  { id: 'fast_track', name: 'Uznaj bez analizy', text: 'Accept the claim without review.' },
  { id: 'investigate', name: 'Zbadaj sprawę', text: 'Collect the documents and investigate the case.' },
  { id: 'resolve', name: 'Rozwiąż sprawę', text: 'Decide the outcome and record it.' },
  { id: 'confirm', name: 'Potwierdź z klientem', text: 'Confirm the outcome with the customer.' },
  { id: 'document', name: 'Udokumentuj', text: 'Attach the documents to the case.' },
  { id: 'notify', name: 'Powiadom', text: 'Send the written answer to the customer.' },
  { id: 'close', name: 'Zamknij sprawę', text: 'Close the case and ask for feedback.' },
];

export const categories = ['complaints', 'sales', 'helpdesk', 'service', 'collections', 'hotline'];

const pad = (n, width) => String(n).padStart(width, '0');

/** Counts and id makers for a project of `steps` steps (rounded up to whole processes). */
export function shapeOf(steps) {
  const processes = Math.max(1, Math.ceil(steps / STEPS_PER_PROCESS));
  const width = String(processes).length;
  const agents = Math.max(4, Math.round(steps / 1000));
  const supervisors = Math.max(1, Math.ceil(agents / 8));
  const perSystem = Math.max(2, Math.ceil(steps / 100 / systems.length));
  return {
    steps: processes * STEPS_PER_PROCESS,
    processes,
    agents,
    supervisors,
    data: perSystem * systems.length,
    perSystem,
    functions: processes,
    touchpoints: processes,
    process: (p) => `proc_${pad(p, width)}`,
    fn: (p) => `fn_${pad(p, width)}`,
    touchpoint: (p) => `tp_${pad(p, width)}`,
    agent: (a) => `agent_${pad(a % agents, 3)}`,
    supervisor: (s) => `supervisor_${pad(s % supervisors, 2)}`,
    /** The k-th data entity held in system s. */
    dataIn: (s, k) => `${systems[s % systems.length].id}_record_${pad(k % perSystem, 4)}`,
  };
}

/**
 * Access of agent a, by system index: write on two systems, read on three more, plus a direct grant on one data
 * entity. Steps only read and write what their role may, so `missing-data-access` stays silent.
 */
export function agentAccess(a) {
  const n = systems.length;
  return {
    write: [a % n, (a + 1) % n],
    read: [(a + 2) % n, (a + 3) % n, (a + 4) % n],
    direct: { system: (a + 6) % n, k: a },
  };
}
