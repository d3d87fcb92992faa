import { workerData, type MessagePort } from 'node:worker_threads';
import { scanTokens } from '../syntax/scanner.js';
import type { Limits } from './limits.js';
import { nodeHost } from './node-host.js';
import { readSource } from './read-source.js';
import type { ScannedMessage } from './scan-ahead.js';

/**
 * The worker side of scan-ahead.ts: reads, decodes and scans each file in the order given, and sends it with its
 * token arrays transferred (not copied). After each file it bumps the shared counter and wakes the main thread.
 */
const { files, limits, port, signal } = workerData as {
  files: { abs: string; file: string }[];
  limits: Limits;
  port: MessagePort;
  signal: Int32Array;
};

try {
  for (const { abs, file } of files) {
    const bytes = nodeHost.readFile(abs);
    if (!bytes) {
      // an unreadable file is left to the main thread, which reports it
      port.postMessage({ abs, unread: true } satisfies ScannedMessage);
      Atomics.add(signal, 0, 1);
      Atomics.notify(signal, 0);
      continue;
    }
    const { text, diagnostic } = readSource(bytes, file, limits);
    const message: ScannedMessage = { abs, text, diagnostic };
    const transfer: ArrayBuffer[] = [];
    if (text !== undefined) {
      const s = scanTokens(text, file);
      message.stream = {
        count: s.count,
        kinds: s.kinds,
        starts: s.starts,
        ends: s.ends,
        lineStarts: s.lineStarts,
        decoded: s.decoded,
        comments: s.comments,
        diagnostics: s.diagnostics,
      };
      transfer.push(s.kinds.buffer as ArrayBuffer, s.starts.buffer as ArrayBuffer, s.ends.buffer as ArrayBuffer, s.lineStarts.buffer as ArrayBuffer);
    }
    port.postMessage(message, transfer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
} finally {
  Atomics.store(signal, 1, 1);
  Atomics.notify(signal, 0);
}
