import { cliMessage, cliText, type CliText, type OutputLanguage } from '@ccp/core';
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

/**
 * Checks that the bytes are a zip archive whose entries really inflate within the limits, before a spreadsheet
 * library sees them: a zip bomb, a truncated download or an old binary .xls ends here with a message. Returns
 * the problem in words (in `language`, English by default), or undefined when the archive is sound. Inflation is capped per entry, so sizes the
 * archive lies about cannot exhaust memory; worksheet rows are counted here, before exceljs builds them.
 */
export function checkZip(bytes: Uint8Array, limits: ReadLimits = defaultReadLimits, language?: OutputLanguage): string | undefined {
  const problem = zipProblem(bytes, limits);
  return problem && cliMessage(problem, language);
}

/** checkZip's problem as a catalog message (key and arguments), written in a language when it is printed. */
export function zipProblem(bytes: Uint8Array, limits: ReadLimits = defaultReadLimits): CliText | undefined {
  if (bytes.byteLength > limits.maxFileBytes) return cliText('vendorTooLarge', { bytes: bytes.byteLength, limit: limits.maxFileBytes });
  if (bytes.byteLength >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return cliText('zipOldXls');
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return cliText('zipNotZip');
  if (isOpenDocument(bytes)) return cliText('zipOpenDocument');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return cliText('zipNoDirectory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return cliText('zip64');
  if (count > limits.maxEntries) return cliText('zipTooManyEntries', { count, limit: limits.maxEntries });
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) return cliText('zipDamagedDirectory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, bytes.byteLength - at - 46)).toString('utf8');
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (flags & 1) return cliText('zipEncrypted', { name });
    if (size > limits.maxEntryBytes) return cliText('zipEntryTooLarge', { name, bytes: size, limit: limits.maxEntryBytes });
    total += size;
    if (total > limits.maxTotalBytes) return cliText('zipTotalTooLarge', { limit: limits.maxTotalBytes });
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== 0x04034b50) return cliText('zipEntryMissing', { name });
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.byteLength) return cliText('zipEntryTruncated', { name });
    const data = bytes.subarray(start, start + compressed);
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(name);
    if (method === 0) {
      if (compressed !== size) return cliText('zipInconsistentSizes', { name });
      // a stored (uncompressed) sheet is counted too: its empty rows cost as much memory as deflated ones
      if (sheet && countRows(data) > limits.maxRows) return cliText('zipSheetRows', { name, rows: countRows(data), limit: limits.maxRows });
    } else if (method === 8) {
      let out: Buffer;
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      } catch {
        return cliText('zipEntryBomb', { name, size });
      }
      if (out.byteLength !== size) return cliText('zipEntryWrongSize', { name, got: out.byteLength, size });
      if (sheet) {
        const rows = countRows(out);
        if (rows > limits.maxRows) return cliText('zipSheetRows', { name, rows, limit: limits.maxRows });
      }
    } else return cliText('zipMethod', { name, method });
  }
  return undefined;
}
