import type { Rule } from '../rule.js';

/** The lowest and highest satisfaction score a touchpoint may carry (Mermaid journeys and blueprints draw 1-5). */
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

/**
 * A touchpoint's `satisfaction:` is a whole score from 1 (very unhappy) to 5 (delighted): journeys draw it as a
 * face and blueprints as the emotion line, and neither can draw a 0, a 7 or a 3.5.
 */
export const satisfactionOutOfRange: Rule = {
  id: 'satisfaction-out-of-range',
  description: 'Give satisfaction as a whole score from 1 to 5.',
  severity: 'error',
  check({ model, t, report }) {
    for (const tp of model.touchpoints) {
      const score = tp.satisfaction;
      if (score === undefined) continue;
      if (Number.isInteger(score) && score >= SATISFACTION_MIN && score <= SATISFACTION_MAX) continue;
      report({ message: t.satisfactionOutOfRange({ touchpoint: tp.id, score: String(score) }), loc: tp.fieldLocs?.satisfaction ?? tp.idLoc });
    }
  },
};
