/** 20 -> `20s`, 28800 -> `8h`, 90 -> `90s`, 300 -> `5m`: a duration as the model writes it. */
export function formatSeconds(s: number): string {
  if (s >= 3600 && s % 3600 === 0) return `${s / 3600}h`;
  if (s >= 120 && s % 60 === 0) return `${s / 60}m`;
  return `${s}s`;
}
