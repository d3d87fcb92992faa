export { formatText, formatParsed, type FormatResult } from './format-text.js';
export { syntaxShape, sameSyntax, sameTokens } from './same-syntax.js';
