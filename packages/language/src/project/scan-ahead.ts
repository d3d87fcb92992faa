import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Diagnostic } from '@ccp/core';
import { TokenStream } from '../syntax/token-stream.js';
import type { Limits } from './limits.js';
import type { PreparedSource, SourceProvider } from './load-project.js';

/** What the worker sends for one file (scan-ahead-worker.ts). */
export interface ScannedMessage {
  abs: string;
  /** The worker could not read the file: the main thread reads it and reports why. */
  unread?: boolean;
  text?: string;
  diagnostic?: Diagnostic;
  stream?: {
    count: number;
    kinds: Uint8Array;
    starts: Int32Array;
    ends: Int32Array;
    lineStarts: Uint8Array;
    decoded: Map<number, string>;
    comments: TokenStream['comments'];
    diagnostics: Diagnostic[];
  };
}

/** Projects with fewer files are read on the main thread: a worker costs ~40 ms to start. */
export const SCAN_AHEAD_MIN_FILES = 64;
/**
 * Longest wait for one file. A worker that could not start or died sends nothing more: after one such wait the main
 * thread reads every remaining file itself.
 */
const WAIT_MS = 5_000;

/**
 * Reads and scans a project's files on a worker thread, ahead of the main thread, which parses and builds them:
 * on two cores, reading, decoding and scanning (~15% of `ccp check`) then cost the main thread almost nothing.
 * The main thread stays synchronous: it takes each file with `receiveMessageOnPort`, sleeping on a shared counter
 * (`Atomics.wait`) while the worker is behind. The worker runs the same functions (`nodeHost.readFile`,
 * `readSource`, `scanTokens`), so the results are those of reading on the main thread; a file the worker did not
 * send is read on the main thread as usual. For one-shot runs on the real file system (the CLI), never for an
 * editor's buffers.
 */
export class ScanAhead implements SourceProvider {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  /** [0]: messages sent by the worker, [1]: 1 when the worker has finished or failed. */
  private signal = new Int32Array(new SharedArrayBuffer(8));
  private received = 0;
  private readonly ready = new Map<string, PreparedSource>();
  /** Files the worker could not read. */
  private readonly unread = new Set<string>();
  private expected = new Set<string>();
  /** How many files came from the worker (for tests and benchmarks). */
  taken = 0;

  private readonly minFiles: number;
  private readonly waitMs: number;
  private readonly workerUrl: URL;

  constructor(
    private readonly limits: Limits,
    options: { minFiles?: number; waitMs?: number; workerUrl?: URL } = {},
  ) {
    this.minFiles = options.minFiles ?? SCAN_AHEAD_MIN_FILES;
    this.waitMs = options.waitMs ?? WAIT_MS;
    this.workerUrl = options.workerUrl ?? new URL('./scan-ahead-worker.js', import.meta.url);
  }

  /** Called by loadProject with the files it found, in the order it will read them. */
  filesFound(files: { abs: string; file: string }[]): void {
    if (files.length < this.minFiles || this.worker) return;
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.expected = new Set(files.map((f) => f.abs));
    this.worker = new Worker(this.workerUrl, {
      workerData: { files, limits: this.limits, port: channel.port2, signal: this.signal },
      transferList: [channel.port2],
      stdout: false,
      stderr: false,
    });
    this.worker.unref();
    // an error in the worker only means the main thread reads the remaining files itself
    this.worker.on('error', () => undefined);
  }

  take(abs: string): PreparedSource | undefined {
    if (!this.expected.has(abs)) return undefined;
    this.expected.delete(abs);
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      const got = this.ready.get(abs);
      if (got) {
        this.ready.delete(abs);
        this.taken++;
        return got;
      }
      if (this.unread.delete(abs) || !this.receiveOne(deadline)) return undefined;
    }
  }

  /** Stops the worker (it also stops by itself once every file is sent). */
  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.port = undefined;
  }

  /** Takes one message, waiting for it if needed; false when none will come. */
  private receiveOne(deadline: number): boolean {
    if (!this.port) return false;
    for (;;) {
      const message = receiveMessageOnPort(this.port);
      if (message) {
        this.received++;
        const m = message.message as ScannedMessage;
        if (m.unread) this.unread.add(m.abs);
        else this.ready.set(m.abs, prepared(m));
        return true;
      }
      if (Atomics.load(this.signal, 1) === 1 && Atomics.load(this.signal, 0) <= this.received) return false;
      const left = deadline - Date.now();
      if (left <= 0) {
        this.close();
        return false;
      }
      Atomics.wait(this.signal, 0, this.received, left);
    }
  }
}

function prepared(m: ScannedMessage): PreparedSource {
  if (!m.stream || m.text === undefined) return { text: m.text, diagnostic: m.diagnostic };
  const s = m.stream;
  return { text: m.text, diagnostic: m.diagnostic, scanned: TokenStream.from(m.text, s) };
}
