import type { Volume } from '@ccp/core';

/** `360` -> `6 min`, `86400` -> `1 d`, `20` -> `20 s`: the largest unit that divides the value. */
export function formatSeconds(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  const units: [number, string][] = [
    [86_400, 'd'],
    [3_600, 'h'],
    [60, 'min'],
  ];
  for (const [size, unit] of units) if (seconds >= size && seconds % size === 0) return `${seconds / size} ${unit}`;
  if (seconds >= 60) return `${Math.round((seconds / 60) * 10) / 10} min`;
  return `${seconds} s`;
}

/** `0.8` -> `80%`. */
export function formatPercent(fraction: number | undefined): string | undefined {
  if (fraction === undefined) return undefined;
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** `{ perDay: 1200 }` -> `1200/day`; several periods joined with commas; undefined when none is given. */
export function formatVolume(v: Volume, words?: { perDay: string; perWeek: string; perMonth: string }): string | undefined {
  const parts: string[] = [];
  if (v.perDay !== undefined) parts.push(`${v.perDay}/${words?.perDay ?? 'day'}`);
  if (v.perWeek !== undefined) parts.push(`${v.perWeek}/${words?.perWeek ?? 'week'}`);
  if (v.perMonth !== undefined) parts.push(`${v.perMonth}/${words?.perMonth ?? 'month'}`);
  return parts.length ? parts.join(', ') : undefined;
}

/** Words of an enum value for people: `in_house` -> `in house`. */
export function humanize(value: string | undefined): string | undefined {
  return value?.replace(/_/g, ' ');
}
