import { cliText, type CliText } from '@ccp/core';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet } from './docs-types.js';

/** The package's own templates folder (packages/generators/templates). */
export const defaultTemplatesDir: string = fileURLToPath(new URL('../../templates', import.meta.url));

/** The largest template file read, in bytes (the default spec template is about 20 KiB). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * A template's text, read only from a regular file within MAX_TEMPLATE_BYTES: opened without blocking (a FIFO never
 * hangs the build), checked with fstat on the opened descriptor, and read no further than the limit. Otherwise the
 * reason it is not read.
 */
function readTemplateFile(path: string): { text: string } | { reason: 'unreadable' | 'notRegular' | 'tooLarge' } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch {
    return { reason: 'unreadable' };
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return { reason: 'notRegular' };
    const tooBig = { reason: 'tooLarge' } as const;
    if (s.size > MAX_TEMPLATE_BYTES) return tooBig;
    const buffer = Buffer.allocUnsafe(MAX_TEMPLATE_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length <= MAX_TEMPLATE_BYTES; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return length > MAX_TEMPLATE_BYTES ? tooBig : { text: buffer.toString('utf8', 0, length) };
  } catch {
    return { reason: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads every `*.hbs` file in a folder and its `partials/` subfolder, keyed by name without `.hbs`. Symbolic links,
 * devices, FIFOs, sockets and files over MAX_TEMPLATE_BYTES are not read; each is named in `skipped` with the reason.
 */
export function readTemplateDir(dir: string, skipped: CliText[] = []): TemplateSet {
  const out: TemplateSet = {};
  const visit = (folder: string, prefix: string) => {
    let names: string[];
    try {
      // symbolic links are not followed: a pull request could link a template to any file on the build machine
      if (lstatSync(folder).isSymbolicLink()) {
        skipped.push(prefix ? cliText('templateFolderLink', { folder: prefix }) : cliText('templatesFolderLink'));
        return;
      }
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory() && prefix === '' && name === 'partials') visit(path, 'partials/');
      else if (!name.endsWith('.hbs')) continue;
      else if (stat.isSymbolicLink()) skipped.push(cliText('templateLink', { name: `${prefix}${name}` }));
      else if (!stat.isFile()) skipped.push(cliText('templateNotRead', { name: `${prefix}${name}`, reason: 'notRegular', limit: MAX_TEMPLATE_BYTES }));
      else {
        const read = readTemplateFile(path);
        if ('text' in read) out[`${prefix}${name.slice(0, -4)}`] = read.text;
        else skipped.push(cliText('templateNotRead', { name: `${prefix}${name}`, reason: read.reason, limit: MAX_TEMPLATE_BYTES }));
      }
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
  /** Override files that were not read (links, special files, over the size limit), each with the reason. */
  skipped: CliText[];
}

/**
 * The default templates with a project's overrides on top: a file in `overrideDir` replaces the default of the same
 * name (`spec.html.hbs`, `partials/style.hbs`, ...); new partials are added. The only file-system access of the
 * docs generator, kept apart so generateDocs stays pure.
 */
export function loadTemplates(overrideDir?: string): LoadedTemplates {
  const templates = readTemplateDir(defaultTemplatesDir);
  const skipped: CliText[] = [];
  const overrides = overrideDir ? readTemplateDir(overrideDir, skipped) : {};
  const unknown = Object.keys(overrides).filter((n) => !n.startsWith('partials/') && !(n in templates));
  return { templates: { ...templates, ...overrides }, overridden: Object.keys(overrides), unknown, skipped };
}
