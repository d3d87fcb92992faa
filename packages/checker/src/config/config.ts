import type { Limits } from '@ccp/language';
import type { RuleSetting } from '../rule.js';

/** ccp.config.json, as described by packages/checker/schema/ccp.config.schema.json. */
export interface CcpConfig {
  name?: string;
  include?: string[];
  rules?: Record<string, RuleSetting>;
  /** A browser channel; a config never names an executable (see findBrowser). */
  browser?: 'chromium' | 'chrome';
  outputs?: {
    dir?: string;
    diagrams?: boolean | { formats?: ('mmd' | 'svg' | 'png')[]; detail?: boolean };
    spec?: boolean | { file?: string; version?: string };
    docs?: boolean | { html?: boolean; markdown?: boolean };
    json?: boolean | { file?: string };
    staffing?: boolean;
  };
  limits?: Partial<Limits>;
}

export const CONFIG_FILE = 'ccp.config.json';
