import { createRequire } from 'node:module';

/**
 * Where the docs live on the web, for links in machine-readable reports (SARIF `helpUri`). One constant, so a fork
 * or a published site changes one line: rule docs are `docs/rules/<id>.md`, other codes `docs/diagnostics.md#<code>`.
 */
export const DOCS_BASE_URL = 'https://github.com/ccp-dev/ccp/blob/main/docs/';

/** The web page that explains a rule id or a CCPnnnn code. */
export function helpUri(code: string): string {
  return /^CCP\d{4}$/.test(code) ? `${DOCS_BASE_URL}diagnostics.md#${code.toLowerCase()}` : `${DOCS_BASE_URL}rules/${encodeURIComponent(code)}.md`;
}

/** ccp's version from its package.json, written into SARIF as the tool's version. */
export const CCP_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
