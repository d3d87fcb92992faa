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
