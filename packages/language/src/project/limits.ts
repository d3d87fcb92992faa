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
