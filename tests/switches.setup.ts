import { MECHANISMS, type Switch, switchOff } from '../src/core/switches';
import { RULE_IDS } from '../src/core/vocabulary';

/**
 * `PRECURSOR_OFF=truce,credibility vitest run …` runs the tests with those rules switched off
 * (scripts/rule-switches.ts does, one at a time). Unset, as in every ordinary run, nothing changes.
 */
const known: readonly string[] = [...RULE_IDS, ...Object.keys(MECHANISMS)];
const asked = (process.env.PRECURSOR_OFF ?? '').split(',').filter(Boolean);
const unknown = asked.filter((id) => !known.includes(id));
if (unknown.length) throw new Error(`PRECURSOR_OFF names no rule: ${unknown.join(', ')}`);
switchOff(asked as Switch[]);
