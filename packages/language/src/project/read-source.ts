import { Codes, type Diagnostic } from '@ccp/core';
import type { Limits } from './limits.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
const MiB = 1024 * 1024;

/** `17.3 MiB` for big sizes, `2,013 bytes` for small ones (a limit set low in a config must still read well). */
function size(bytes: number, adjective = false): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(adjective ? 0 : 1)} MiB`;
  return `${bytes.toLocaleString('en-US')}${adjective ? '-byte' : ' bytes'}`;
}

/** The error for a file over `limits.maxFileBytes`, naming both sizes (the host may refuse it before reading). */
export function tooLarge(bytes: number, file: string, limits: Limits): Diagnostic {
  return {
    code: Codes.fileTooLarge,
    severity: 'error',
    message: `This file is ${size(bytes)}, over the ${size(limits.maxFileBytes, true)} limit for one file; split it into several files.`,
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
      return { diagnostic: { code: Codes.binaryFile, severity: 'error', message: 'This is not a text file (it contains NUL bytes); .ccp files must be UTF-8 text.', loc: at } };
    }
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { diagnostic: { code: Codes.binaryFile, severity: 'error', message: 'This file is not valid UTF-8 text; save it as UTF-8.', loc: at } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
