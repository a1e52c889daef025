import fc from 'fast-check';
import { describe, it } from 'vitest';
import { WAYS_IN } from './fuzz/ways-in';

/**
 * Every way in, generated (tests/fuzz/ways-in.ts says what each case must satisfy). CI runs this
 * many cases of each kind (ten times as many move sequences), within a minute on a 2-core machine;
 * `npm run fuzz -- --cases <n>` runs n of each for as long as it takes.
 */
const CASES = 100;

describe('every way in: refused in one line naming the source, or played to values a save can hold', () => {
  it.each(WAYS_IN.map((w) => [w.name, w] as const))('%s', (_name, way) => {
    fc.assert(
      fc.property(way.arbitrary, (input) => {
        way.check(input);
      }),
      {
        numRuns: Math.ceil(CASES * way.weight),
        ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
      },
    );
  });
});
