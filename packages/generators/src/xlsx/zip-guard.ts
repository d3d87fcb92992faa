import { inflateRawSync } from 'node:zlib';
import { findEndOfCentralDirectory } from './zip-dates.js';

/** Caps on a workbook read back from a vendor: a filled spec is a few megabytes at most. */
export interface ReadLimits {
  /** Size of the .xlsx file itself. */
  maxFileBytes: number;
  /** Entries in the zip archive. */
  maxEntries: number;
  /** Uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Rows on an answer sheet. */
  maxRows: number;
}

/** A 10,000-function spec is about 2 MiB zipped and 9 MiB unpacked: these leave ten times that room. */
export const defaultReadLimits: ReadLimits = {
  maxFileBytes: 32 * 1024 * 1024,
  maxEntries: 1_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRows: 100_000,
};

/**
 * Rows in a worksheet's XML, counted before any parser builds them: every `<row>` element, empty or not, since
 * each one costs memory in the parser. The highest row number does not matter (LibreOffice writes an empty
 * `<row r="1048576">` and `dimension A1:K1048576` after a row is deleted), only how many rows there are.
 */
export function countRows(xml: Uint8Array): number {
  let count = 0;
  const buf = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  for (let at = buf.indexOf('<row'); at >= 0; at = buf.indexOf('<row', at + 4)) {
    const next = buf[at + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) count++; // '<row ', '<row>', '<row/>'
  }
  return count;
}

/** An OpenDocument file starts with a stored `mimetype` entry naming its type (ODF 1.2, part 3, 3.3). */
function isOpenDocument(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1');
  return head.startsWith('PK') && head.includes('mimetype') && head.includes('application/vnd.oasis.opendocument');
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

/**
 * Checks that the bytes are a zip archive whose entries really inflate within the limits, before a spreadsheet
 * library sees them: a zip bomb, a truncated download or an old binary .xls ends here with a message. Returns
 * the problem in words, or undefined when the archive is sound. Inflation is capped per entry, so sizes the
 * archive lies about cannot exhaust memory; worksheet rows are counted here, before exceljs builds them.
 */
export function checkZip(bytes: Uint8Array, limits: ReadLimits = defaultReadLimits): string | undefined {
  if (bytes.byteLength > limits.maxFileBytes) return `it is ${mb(bytes.byteLength)}, more than the ${mb(limits.maxFileBytes)} a filled spec may have`;
  if (bytes.byteLength >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'it is an old binary .xls file or a password-protected workbook; save it as an unprotected .xlsx';
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return 'it is not an XLSX file (not a zip archive)';
  if (isOpenDocument(bytes)) return 'it is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel 2007-365 format) and send that';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return 'it is corrupted: the zip archive has no central directory (truncated?)';
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return 'it is a ZIP64 archive, far larger than a filled spec';
  if (count > limits.maxEntries) return `its archive has ${count} entries, more than ${limits.maxEntries}`;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) return 'it is corrupted: a zip directory entry is damaged';
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, bytes.byteLength - at - 46)).toString('utf8');
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (flags & 1) return `it is encrypted (entry '${name}')`;
    if (size > limits.maxEntryBytes) return `entry '${name}' unpacks to ${mb(size)}, more than ${mb(limits.maxEntryBytes)} (a zip bomb?)`;
    total += size;
    if (total > limits.maxTotalBytes) return `it unpacks to more than ${mb(limits.maxTotalBytes)} (a zip bomb?)`;
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== 0x04034b50) return `it is corrupted: entry '${name}' is missing`;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.byteLength) return `it is corrupted: entry '${name}' is truncated`;
    const data = bytes.subarray(start, start + compressed);
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(name);
    if (method === 0) {
      if (compressed !== size) return `it is corrupted: entry '${name}' has inconsistent sizes`;
      // a stored (uncompressed) sheet is counted too: its empty rows cost as much memory as deflated ones
      if (sheet && countRows(data) > limits.maxRows) return `a sheet (${name}) has ${countRows(data)} rows, more than ${limits.maxRows}`;
    } else if (method === 8) {
      let out: Buffer;
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      } catch {
        return `it is corrupted or a zip bomb: entry '${name}' does not unpack to its declared ${size} bytes`;
      }
      if (out.byteLength !== size) return `it is corrupted: entry '${name}' unpacks to ${out.byteLength} bytes, not the declared ${size}`;
      if (sheet) {
        const rows = countRows(out);
        if (rows > limits.maxRows) return `a sheet (${name}) has ${rows} rows, more than ${limits.maxRows}`;
      }
    } else return `entry '${name}' uses zip compression method ${method}, which XLSX files do not use`;
  }
  return undefined;
}
