import { Codes, say, type Diagnostic } from '@ccp/core';
import type { Limits } from './limits.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
/** The error for a file over `limits.maxFileBytes`, naming both sizes (the host may refuse it before reading). */
export function tooLarge(bytes: number, file: string, limits: Limits): Diagnostic {
  return {
    code: Codes.fileTooLarge,
    severity: 'error',
    ...say('fileTooLarge', { bytes, limit: limits.maxFileBytes }),
    loc: { file, start: 0, end: 0 },
  };
}

/**
 * Decodes a file's bytes as UTF-8 text, refusing binary files, invalid UTF-8 and files over the size limit with
 * one clear error each. A byte-order mark is dropped (editors do not count it as a character).
 */
export function readSource(bytes: Uint8Array, file: string, limits: Limits): { text?: string; diagnostic?: Diagnostic } {
  const at = { file, start: 0, end: 0 };
  if (bytes.length > limits.maxFileBytes) return { diagnostic: tooLarge(bytes.length, file, limits) };
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      return { diagnostic: { code: Codes.binaryFile, severity: 'error', ...say('notText'), loc: at } };
    }
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { diagnostic: { code: Codes.binaryFile, severity: 'error', ...say('notUtf8'), loc: at } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** The checks of {@link readSource} for a text a host already holds (an editor's buffer): size, NUL bytes, BOM. */
export function checkSourceText(text: string, file: string, limits: Limits): { text?: string; diagnostic?: Diagnostic } {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: count the bytes only when the text might be over the limit
  if (text.length * 3 > limits.maxFileBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits.maxFileBytes) return { diagnostic: tooLarge(bytes, file, limits) };
  }
  if (text.slice(0, 8192).includes('\0')) {
    return { diagnostic: { code: Codes.binaryFile, severity: 'error', message: 'This is not a text file (it contains NUL bytes); .ccp files must be UTF-8 text.', loc: { file, start: 0, end: 0 } } };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
