/**
 * Long runs of the generated inputs of tests/fuzz/ways-in.ts: `npm run fuzz -- --cases <n>` plays n
 * cases of each kind (ten times as many move sequences; half as many class results tables, which
 * hold several codes each) and prints, per kind, how many were accepted and refused, the most
 * statechart events spent per item of input, and the slowest case. Any finding stops that kind and
 * is printed with fast-check's seed and the smallest input that shows it; the exit status is 1.
 *
 *   npm run fuzz -- --cases 10000             100,000 move sequences, 10,000 of each other kind
 *   npm run fuzz -- --cases 500 --only codes  one kind (a part of its name), a quick look
 *   npm run fuzz -- --seed 42                 the same cases again
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { type Verdict, WAYS_IN } from '../tests/fuzz/ways-in';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    only: { type: 'string' },
    seed: { type: 'string' },
  },
});
const cases = Number(values.cases);
if (!Number.isSafeInteger(cases) || cases < 1) {
  process.stderr.write(`fuzz: --cases: expected a whole number from 1, got '${values.cases}'\n`);
  process.exit(2);
}
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

let found = 0;
for (const way of WAYS_IN) {
  if (values.only && !way.name.includes(values.only)) continue;
  const runs = Math.ceil(cases * way.weight);
  let accepted = 0;
  let refused = 0;
  let stepsPerItem = 0;
  let slowest = 0;
  const start = performance.now();
  const details = fc.check(
    fc.property(way.arbitrary, (input) => {
      const t = performance.now();
      const verdict = way.check(input) as Verdict | undefined;
      slowest = Math.max(slowest, performance.now() - t);
      if (verdict?.accepted) {
        accepted++;
        if (verdict.size > 0) stepsPerItem = Math.max(stepsPerItem, verdict.steps / verdict.size);
      } else if (verdict) refused++;
    }),
    { numRuns: runs, seed },
  );
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const tally =
    way.name === 'move sequences' ? `${runs} played` : `${accepted} accepted, ${refused} refused`;
  process.stdout.write(
    `${way.name.padEnd(18)} ${String(runs).padStart(7)} cases  ${tally.padEnd(30)} ` +
      `≤ ${stepsPerItem.toFixed(1)} events/item  slowest ${slowest.toFixed(0)} ms  (${seconds} s)\n`,
  );
  if (details.failed) {
    found++;
    process.stdout.write(`  FOUND: ${fc.defaultReportMessage(details) ?? 'a failure'}\n`);
  }
}
process.stdout.write(
  found ? `\n${found} kind(s) with a finding (seed ${seed})\n` : `\nnothing found (seed ${seed})\n`,
);
process.exit(found ? 1 : 0);
