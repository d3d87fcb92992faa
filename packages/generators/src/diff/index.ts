/** Semantic diff between two models (`ccp diff`): a pure function and its Markdown rendering. */
export * from './model-diff.js';
export { diffModels } from './diff-models.js';
export { renderDiffMarkdown, escapeMarkdown, type MarkdownOptions } from './render-markdown.js';
export { diffWords, diffWordsByLanguage, type DiffWords } from './diff-words.js';
