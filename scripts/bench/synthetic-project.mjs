import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  channelsFile,
  dataText,
  functionText,
  journeyFile,
  kpisFile,
  projectFile,
  rolesFile,
  systemsFile,
  touchpointText,
} from './synthetic-catalogue.mjs';
import { processFile } from './synthetic-processes.mjs';
import { ELEMENTS_PER_FILE, FILES_PER_AREA, PROCESSES_PER_FILE, shapeOf, systems } from './synthetic-shape.mjs';

const pad = (n, w) => String(n).padStart(w, '0');

/** Splits 0..count into files of `per` elements and renders each with `text`. */
function chunked(files, folder, stem, count, per, text) {
  const w = String(Math.ceil(count / per)).length;
  for (let i = 0, f = 0; i < count; i += per, f++) {
    const parts = [];
    for (let j = i; j < Math.min(count, i + per); j++) parts.push(text(j));
    files.set(`${folder}/${stem}-${pad(f, w)}.ccp`, parts.join('\n'));
  }
}

/**
 * The files of a synthetic project of about `steps` steps, as a map from relative path to text: a project, roles
 * with access grants, systems, data, functions, channels, stages, personas, touchpoints, KPIs, and processes of ten
 * steps each (about nine lines per step), spread over many files. The project checks with 0 errors and 0 warnings.
 */
export function syntheticProject(steps) {
  const shape = shapeOf(steps);
  const files = new Map();
  files.set('ccp.config.json', JSON.stringify({ name: `bench-${shape.steps}`, rules: { 'unused-function': 'warn' } }, null, 2) + '\n');
  files.set('project.ccp', projectFile());
  files.set('org/roles.ccp', rolesFile(shape));
  files.set('it/systems.ccp', systemsFile());
  files.set('channels/channels.ccp', channelsFile());
  files.set('journeys/journey.ccp', journeyFile());
  files.set('kpis.ccp', kpisFile());
  chunked(files, 'data', 'data', shape.data, ELEMENTS_PER_FILE, (d) => dataText(shape, d % systems.length, Math.floor(d / systems.length)));
  chunked(files, 'requirements', 'functions', shape.functions, ELEMENTS_PER_FILE, (p) => functionText(shape, p));
  chunked(files, 'journeys', 'touchpoints', shape.touchpoints, ELEMENTS_PER_FILE, (p) => touchpointText(shape, p));
  const processFiles = Math.ceil(shape.processes / PROCESSES_PER_FILE);
  const w = String(processFiles).length;
  for (let f = 0; f < processFiles; f++) {
    const from = f * PROCESSES_PER_FILE;
    const to = Math.min(shape.processes, from + PROCESSES_PER_FILE);
    const area = `area-${pad(Math.floor(f / FILES_PER_AREA), Math.max(2, w - 1))}`;
    files.set(`processes/${area}/processes-${pad(f, w)}.ccp`, processFile(shape, from, to));
  }
  return { shape, files };
}

/** Writes the synthetic project into `dir` (emptied first). Returns its shape and size. */
export function writeSyntheticProject(dir, steps) {
  const { shape, files } = syntheticProject(steps);
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  let lines = 0;
  for (const [path, text] of files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    if (path.endsWith('.ccp')) {
      bytes += Buffer.byteLength(text);
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
    }
  }
  return { shape, files: [...files.keys()].filter((f) => f.endsWith('.ccp')).length, bytes, lines };
}
