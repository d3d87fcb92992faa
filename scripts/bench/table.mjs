/** Prints rows as a plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => (c === undefined ? '-' : String(c))));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export const fmtMs = (ms) => (ms === undefined ? undefined : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
export const fmtMb = (kb) => (kb === undefined ? undefined : `${Math.round(kb / 1024)} MiB`);
