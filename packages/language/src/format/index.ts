export { formatText, formatParsed, type FormatResult } from './format-text.js';
export { syntaxShape, sameSyntax } from './same-syntax.js';
