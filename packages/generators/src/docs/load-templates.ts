import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet } from './docs-types.js';

/** The package's own templates folder (packages/generators/templates). */
export const defaultTemplatesDir: string = fileURLToPath(new URL('../../templates', import.meta.url));

/** Reads every `*.hbs` file in a folder and its `partials/` subfolder, keyed by name without `.hbs`; symbolic links are skipped. */
export function readTemplateDir(dir: string): TemplateSet {
  const out: TemplateSet = {};
  const visit = (folder: string, prefix: string) => {
    let names: string[];
    try {
      // symbolic links are not followed: a pull request could link a template to any file on the build machine
      if (lstatSync(folder).isSymbolicLink()) return;
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory() && prefix === '' && name === 'partials') visit(path, 'partials/');
      else if (stat.isFile() && name.endsWith('.hbs')) out[`${prefix}${name.slice(0, -4)}`] = readFileSync(path, 'utf8');
    }
  };
  visit(dir, '');
  return out;
}

export interface LoadedTemplates {
  templates: TemplateSet;
  /** Names the project overrides or adds. */
  overridden: string[];
  /** Top-level files of the override folder that no document uses (likely a typo). */
  unknown: string[];
}

/**
 * The default templates with a project's overrides on top: a file in `overrideDir` replaces the default of the same
 * name (`spec.html.hbs`, `partials/style.hbs`, ...); new partials are added. The only file-system access of the
 * docs generator, kept apart so generateDocs stays pure.
 */
export function loadTemplates(overrideDir?: string): LoadedTemplates {
  const templates = readTemplateDir(defaultTemplatesDir);
  const overrides = overrideDir ? readTemplateDir(overrideDir) : {};
  const unknown = Object.keys(overrides).filter((n) => !n.startsWith('partials/') && !(n in templates));
  return { templates: { ...templates, ...overrides }, overridden: Object.keys(overrides), unknown };
}
