import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import type { Formatter } from './report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Output formats of `ccp check`, one module each. Adding one: its file and a line here. */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  sarif,
  github,
  junit,
};
