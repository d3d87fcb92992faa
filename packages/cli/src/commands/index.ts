import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerDocs } from './docs.js';
import { registerExport } from './export.js';
import { registerInit } from './init.js';
import { registerSchema } from './schema.js';
import { registerDiff } from './diff.js';
import { registerFmt } from './fmt.js';
import { registerLsp } from './lsp.js';
import { registerDiagram } from './diagram.js';
import { registerRules } from './rules.js';
import { registerStaffing } from './staffing.js';
import { registerSpec } from './spec.js';
import { registerVendors } from './vendors.js';
import { registerServe } from './serve.js';

/**
 * Every command registers itself here, under the name it is called by: one line per command. Registration must stay
 * cheap (no heavy imports).
 */
export const commands: [name: string, register: (program: Command, ctx: CliContext) => void][] = [
  // check and generate
  ['check', registerCheck],
  ['rules', registerRules],
  ['build', registerBuild],
  ['diagram', registerDiagram],
  ['spec', registerSpec],
  ['vendors', registerVendors],
  ['docs', registerDocs],
  ['export', registerExport],
  ['schema', registerSchema],
  ['staffing', registerStaffing],
  ['diff', registerDiff],
  // edit
  ['fmt', registerFmt],
  ['init', registerInit],
  ['lsp', registerLsp],
  ['serve', registerServe],
];
