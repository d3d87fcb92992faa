export * from './rule.js';
export * from './run-rules.js';
export { rules } from './rules/index.js';
export { messagesFor, en as messagesEn, pl as messagesPl, type Messages } from './messages/index.js';
export { isComplaintsProcess } from './rules/complaints-without-owner.js';
export * from './config/config.js';
export * from './config/parse-config.js';
export { ruleDescriptionsPl } from './messages/rule-descriptions-pl.js';
