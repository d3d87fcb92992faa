import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createServer, type ServerOptions } from './server.js';

export { createServer, type ServerOptions } from './server.js';
export { indexSymbols, occurrenceAt, type SymbolIndex, type SymbolInfo } from './symbols.js';
export { complete, completionContext } from './completion.js';
export { reparse } from './incremental-parse.js';
export { asciiSlug } from '@ccp/core';
export { elementAt, pageAnchors, PREVIEW_ANCHOR_AT, PREVIEW_ANCHOR_LOCATION, type AnchorAtParams, type AnchorLocationParams, type PageAnchors } from './preview-anchors.js';

/**
 * Starts the language server on standard input and output (`ccp lsp --stdio`). Resolves when the connection
 * closes; the client's `exit` notification ends the process.
 */
export function startServer(options: ServerOptions = {}): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  return new Promise((resolve) => {
    connection.onExit(() => resolve());
    createServer(connection, options);
  });
}
