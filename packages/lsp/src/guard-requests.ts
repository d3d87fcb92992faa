import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/** The request handlers that must wait for `initialize` (LSP: the server answers them with -32002 until then). */
const REQUESTS = ['onCompletion', 'onHover', 'onDefinition', 'onReferences', 'onPrepareRename', 'onRenameRequest', 'onDocumentSymbol', 'onDocumentFormatting', 'onCodeAction'] as const;

/**
 * The connection, with every feature request answered by error -32002 (ServerNotInitialized) until `ready()` says
 * the client has sent `initialize`, as the protocol requires; before, such a request got `null`, which a client
 * takes for "nothing here".
 */
export function guardRequests(connection: Connection, ready: () => boolean): Connection {
  return new Proxy(connection, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || !(REQUESTS as readonly (string | symbol)[]).includes(key)) return value;
      const register = value as (handler: (...args: unknown[]) => unknown) => unknown;
      return (handler: (...args: unknown[]) => unknown) =>
        register.call(target, (...args: unknown[]) => {
          if (!ready()) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet: send initialize first.');
          return handler(...args);
        });
    },
  });
}
