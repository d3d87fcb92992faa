import type { KindSpec } from '../kind-spec.js';
import { channelKind } from './channel.js';
import { dataKind } from './data.js';
import { functionKind } from './function.js';
import { kpiKind } from './kpi.js';
import { personaKind } from './persona.js';
import { processKind } from './process.js';
import { projectKind } from './project.js';
import { roleKind } from './role.js';
import { scenarioKind } from './scenario.js';
import { shiftKind } from './shift.js';
import { stageKind } from './stage.js';
import { stepKind } from './step.js';
import { systemKind } from './system.js';
import { tenderKind } from './tender.js';
import { touchpointKind } from './touchpoint.js';

/** Every top-level kind of declaration, by keyword. Adding a construct: one file in this folder and one line here. */
export const topLevelSpecs: ReadonlyMap<string, KindSpec> = new Map<string, KindSpec>(
  (
    [
      projectKind,
      personaKind,
      stageKind,
      channelKind,
      touchpointKind,
      processKind,
      roleKind,
      systemKind,
      dataKind,
      functionKind,
      kpiKind,
      scenarioKind,
      tenderKind,
      shiftKind,
    ] as unknown as KindSpec[]
  ).map((k) => [k.keyword, k]),
);

/** All kinds including nested ones (step), for docs and editor features. */
export const allSpecs: readonly KindSpec[] = [...topLevelSpecs.values(), stepKind as unknown as KindSpec];

export { stepKind };
