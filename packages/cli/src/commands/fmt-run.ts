import { LineIndex, localizeDiagnostics } from '@ccp/core';
import { say, spoken } from '../language.js';
import { defaultLimits, formatText, readSource } from '@ccp/language';
import type { CliContext } from '../context.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { isReadOnly, readRegularFile, rewriteKeeping } from '../io/rewrite-file.js';
import { collectFmtFiles } from './fmt-files.js';
import type { FmtOptions } from './fmt.js';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** The bytes to write: the formatted text as UTF-8, behind the byte-order mark when the file had one. */
function encode(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([BOM, body]) : body;
}

/**
 * `ccp fmt`: 0 when everything is (now) formatted, 1 when --check finds files to change or a file cannot be
 * formatted (syntax errors, not UTF-8 text, read-only), 2 for a usage error (a path that does not exist, a
 * symbolic-link loop). A file is written only when it reads as UTF-8 by the same rules as `ccp check`
 * (`readSource`) and its formatted text differs in layout only (same tree, same tokens and comments; checked by
 * `formatText`); its byte-order mark, mode, owner and hard links are kept (`rewriteKeeping`).
 */
export async function runFmt(ctx: CliContext, paths: string[], opts: FmtOptions): Promise<number> {
  const { files, skipped } = collectFmtFiles(ctx, paths);
  for (const note of skipped) ctx.stderr.write(`${say(ctx, 'warning', { note })}\n`);
  let changed = 0;
  let broken = 0;
  const refuse = (shown: string, sentence: string) => {
    broken++;
    ctx.stderr.write(`${shown}: ${sentence}\n`);
  };
  for (const { shown, real } of files) {
    const read = readRegularFile(real, defaultLimits.maxFileBytes);
    if ('problem' in read) {
      refuse(shown, say(ctx, 'fmtUnreadable', { problem: read.problem }));
      continue;
    }
    const source = readSource(read.bytes, shown, defaultLimits);
    if (source.text === undefined) {
      refuse(shown, say(ctx, 'fmtNotFormatted', { message: source.diagnostic ? localizeDiagnostics([source.diagnostic], spoken(ctx))[0]!.message : say(ctx, 'fmtNotUtf8') }));
      continue;
    }
    const text = source.text;
    const result = formatText(text, shown);
    if (result.diagnostics.length) {
      broken++;
      const index = new LineIndex(text);
      for (const d of localizeDiagnostics(result.diagnostics, spoken(ctx))) {
        const at = index.position(d.loc.start);
        ctx.stderr.write(`${shown}:${at.line}:${at.column}: ${d.message}\n`);
      }
      ctx.stderr.write(`${say(ctx, 'fmtErrorsAbove', { file: shown })}\n`);
      continue;
    }
    if (!result.changed) continue;
    changed++;
    if (opts.check) {
      ctx.stdout.write(`${terminalSafe(shown)}\n`);
      continue;
    }
    if (isReadOnly(real, read.stat)) {
      changed--;
      refuse(shown, say(ctx, 'fmtReadOnly'));
      continue;
    }
    rewriteKeeping(real, encode(result.text, hasBom(read.bytes)), read.stat, shown);
    ctx.stdout.write(`${say(ctx, 'fmtFormatted', { file: terminalSafe(shown) })}\n`);
  }
  if (opts.check && changed) {
    ctx.stderr.write(`${say(ctx, 'fmtWouldChange', { changed, files: files.length })}\n`);
  }
  return broken || (opts.check && changed) ? 1 : 0;
}
