import { cliText, type CliText } from '@ccp/core';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type RegularFileRead = { ok: true; bytes: Uint8Array } | { ok: false; why: CliText };

function kindOf(st: import('node:fs').Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Reads a regular file of at most `maxBytes`: it is opened without blocking (a FIFO cannot hang the read), its type
 * and size come from `fstat` on the opened descriptor (not from the path, which may change in between), and no more
 * than `maxBytes + 1` bytes are ever read (a file growing while it is read is refused too). Devices, FIFOs, sockets
 * and folders are refused. The reason is returned as a catalog message, without the file's name.
 */
export function readRegularFile(path: string, maxBytes: number): RegularFileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENXIO' || code === 'ENODEV' || code === 'EISDIR') {
      // a socket, or a device nothing answers: opening fails, the path still says what it is
      try {
        return { ok: false, why: cliText('vendorNotRegular', { kind: kindOf(statSync(path)) }) };
      } catch {
        // gone in between: fall through to the generic message
      }
    }
    return {
      ok: false,
      why: code === 'ENOENT' ? cliText('vendorNoSuchFile') : code === 'EACCES' || code === 'EPERM' ? cliText('vendorPermissionDenied') : cliText('vendorCannotOpen', { code: code ?? 'error' }),
    };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, why: cliText('vendorNotRegular', { kind: kindOf(st) }) };
    if (st.size > maxBytes) return { ok: false, why: cliText('vendorTooLarge', { bytes: st.size, limit: maxBytes }) };
    const buffer = Buffer.alloc(st.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > st.size) {
        if (length > maxBytes) return { ok: false, why: cliText('vendorGrewWhileRead', { limit: maxBytes }) };
        return { ok: false, why: cliText('vendorChangedWhileRead') };
      }
    }
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { ok: false, why: cliText('vendorCannotRead', { code: (error as NodeJS.ErrnoException).code ?? 'error' }) };
  } finally {
    closeSync(fd);
  }
}
