import type { Hosting, System } from '@ccp/core';
import { base, descriptionField, enumField, textField, wordField, type KindSpec } from '../kind-spec.js';

const hostings: Record<string, Hosting> = {
  saas: 'saas',
  cloud: 'cloud',
  private_cloud: 'private_cloud',
  dedicated_cloud: 'private_cloud',
  on_prem: 'on_prem',
  on_premise: 'on_prem',
  onprem: 'on_prem',
};

export const systemKind: KindSpec<System> = {
  keyword: 'system',
  kind: 'system',
  doc: 'An IT system: contact-center platform, CRM, knowledge base, WFM, ticketing, ERP... with hosting and status.',
  create: (head) => base('system', head, { status: 'existing' }),
  fields: [
    descriptionField(),
    wordField('kind', 'contact_center, pbx, crm, kb, wfm, ticketing, reporting, erp, ...', 'crm', (e, v) => (e.systemKind = v), ['type']),
    enumField('hosting', 'saas, cloud, private_cloud or on_prem.', hostings, (e, v) => (e.hosting = v)),
    enumField('status', 'existing (in place today) or planned (to be bought).', { existing: 'existing', planned: 'planned', new: 'planned' }, (e, v) => (e.status = v)),
    textField('vendor', 'Who supplies it.', '"Salesforce"', (e, v) => (e.vendor = v)),
  ],
};
