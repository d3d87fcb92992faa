/** Limits that protect users from runaway inputs; each one, when hit, gives a clear error instead of a hang. */
export interface Limits {
  /** Largest .ccp file read, in bytes. */
  maxFileBytes: number;
  /** Most .ccp files in one project. */
  maxFiles: number;
  /** Longest chain of imports. */
  maxImportDepth: number;
}

export const defaultLimits: Limits = {
  maxFileBytes: 16 * 1024 * 1024,
  maxFiles: 20_000,
  maxImportDepth: 64,
};

/**
 * The most any config may raise each limit to: a config comes with the repository, so a pull request could
 * otherwise lift every limit at once. The schema of ccp.config.json states the same maxima (a test checks it).
 */
export const maxLimits: Limits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFiles: 100_000,
  maxImportDepth: 256,
};

/** The limits in force: the defaults, overridden by a config's values, each capped at its maximum. */
export function effectiveLimits(given: Partial<Limits> | undefined): Limits {
  const out = { ...defaultLimits };
  for (const key of Object.keys(defaultLimits) as (keyof Limits)[]) {
    const value = given?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 1) out[key] = Math.min(Math.floor(value), maxLimits[key]);
  }
  return out;
}
