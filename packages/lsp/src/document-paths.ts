import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ResponseError } from 'vscode-languageserver';

/** Where untitled buffers live: each in a folder of its own that exists only in the overlay. */
export const UNTITLED = '/.ccp-untitled';

/**
 * The absolute path ('/') a document is analysed under: a `file:` URI's path, or for an `untitled:` buffer (never
 * saved) a path of its own under {@link UNTITLED}; undefined for other schemes.
 */
export const pathOf = (uri: string): string | undefined => {
  if (uri.startsWith('file:')) return fileURLToPath(uri).split('\\').join('/');
  if (uri.startsWith('untitled:')) {
    const last = uri.slice('untitled:'.length).split('/').pop() || 'untitled';
    let name = last;
    try {
      name = decodeURIComponent(last);
    } catch {
      // a malformed escape: keep the name as written
    }
    return posix.join(UNTITLED, encodeURIComponent(uri), name.replace(/^\.+/, '') || 'untitled');
  }
  return undefined;
};
export const toPath = (uri: string): string => {
  const path = pathOf(uri);
  if (path === undefined) throw new ResponseError(-32602, `'${uri}' is neither a file nor an untitled buffer; ccp analyses only those.`);
  return path;
};

