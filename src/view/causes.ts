import type { Cause } from '../core/vocabulary';
import { t, type WordVars } from '../words';

/**
 * A cause's words in the language shown: its note is a key, and a string among its values is a
 * key too (a target, an ask, a posture), except `context`, which picks the variant.
 */
export function causeWords(c: Pick<Cause, 'note' | 'vars'>): string {
  if (!c.vars) return t(c.note);
  const vars: WordVars = {};
  for (const [name, value] of Object.entries(c.vars))
    vars[name] = typeof value === 'string' && name !== 'context' ? t(value) : value;
  return t(c.note, vars);
}
