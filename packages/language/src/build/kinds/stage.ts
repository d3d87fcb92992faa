import type { Stage } from '@ccp/core';
import { base, descriptionField, type KindSpec } from '../kind-spec.js';

export const stageKind: KindSpec<Stage> = {
  keyword: 'stage',
  kind: 'stage',
  doc: 'A stage of the customer journey (look for information, buy, use, update, retention); order of declaration is the order of the journey.',
  create: (head) => base('stage', head, { order: 0 }),
  fields: [descriptionField()],
};
