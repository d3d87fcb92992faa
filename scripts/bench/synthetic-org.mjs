/**
 * Synthetic organisations for `pnpm bench`: many roles in one file, in the two shapes the attack campaign of
 * issue 22 found slow or crashing.
 *
 * - `chain`: `r1 reports_to r0`, `r2 reports_to r1`, ... a reporting line as deep as there are roles; every role
 *   supervises the next (`span: 8`) and the last one answers a channel, so staffing counts people up the whole line.
 * - `flat`: one manager (`span: 10`) and every other role (`headcount: 2`) reporting straight to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of an organisation of `roles` roles in the given shape. */
export function orgText(roles, shape) {
  const parts = [
    'channel phone "Hotline" {\n  medium: voice\n  hours: "Mo-Fr 08:00-20:00"\n  volume: 1200/day\n  aht: 6m\n  service_level: 80% in 20s\n',
    `  handled_by: ${shape === 'chain' ? `r${roles - 1}` : 'r1'}\n}\n\n`,
    'role r0 "Head" {\n  span: 10\n}\n',
  ];
  for (let i = 1; i < roles; i++) {
    parts.push(shape === 'chain' ? `role r${i} {\n  reports_to: r${i - 1}\n  span: 8\n}\n` : `role r${i} {\n  reports_to: r0\n  headcount: 2\n}\n`);
  }
  return parts.join('');
}

/** Writes the organisation into `dir/org.ccp`; returns its size in bytes. */
export function writeOrgProject(dir, roles, shape) {
  mkdirSync(dir, { recursive: true });
  const text = orgText(roles, shape);
  writeFileSync(join(dir, 'org.ccp'), text);
  return Buffer.byteLength(text);
}
