/**
 * The language server the extension carries: `@ccp/lsp` on the transport the client asks for in its arguments
 * (`--node-ipc` when VS Code forks it, `--stdio` when it is run by hand or by another editor). Bundled into
 * out/server.cjs with everything it needs (scripts/build-extension.mjs), so it runs on VS Code's own Node without
 * a `ccp` command or any node_modules.
 */
import { createServer } from '@ccp/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';

createServer(createConnection(ProposedFeatures.all));
