export * from './model.js';
export * from './model-index.js';
export * from './diagnostic.js';
export * from './line-index.js';
export * from './located.js';
export * from './suggest.js';
export * from './messages.js';
export * from './opening-hours.js';
