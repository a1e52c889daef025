/**
 * Switches each rule of the model, and each mechanism of the bargaining, off in turn and runs the
 * tests of the rules: every rule's own tests must fail without it. The model reads the switches
 * itself (src/core/switches.ts); the tests' setup turns off what PRECURSOR_OFF names.
 * `npm run check:rules`; part of `npm test`. The switches run as many at a time as the machine
 * has cores: each run is its own process and writes its own result.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MECHANISMS, type Switch } from '../src/core/switches';
import { RULE_IDS, type RuleId } from '../src/core/vocabulary';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'precursor-rules-'));

interface VitestJson {
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

/** The rules whose tests fail with `off` switched off (`[rule]` opens each test's title). */
async function failingRules(off: Switch | null): Promise<Set<string>> {
  const out = join(scratch, `${off ?? 'none'}.json`);
  await new Promise<void>((done) =>
    // vitest exits non-zero when a test fails, which is what is asked for: the result is the file.
    execFile(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        'tests/core/dynamics.test.ts',
        'tests/core/bargaining.test.ts',
        '--reporter=json',
        `--outputFile=${out}`,
      ],
      { cwd: root, env: { ...process.env, PRECURSOR_OFF: off ?? '' }, maxBuffer: 64 << 20 },
      () => done(),
    ),
  );
  const result = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  const failed = result.testResults
    .flatMap((f) => f.assertionResults)
    .filter((a) => a.status === 'failed');
  return new Set(failed.map((a) => /^\[(\w+)\]/.exec(a.title)?.[1] ?? '?'));
}

/** `run` over `items`, at most `width` at a time; the results in the items' order. */
async function inParallel<T, R>(items: T[], width: number, run: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await run(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
  return results;
}

const all: { name: Switch; rule: RuleId }[] = [
  ...RULE_IDS.map((rule) => ({ name: rule, rule })),
  ...Object.entries(MECHANISMS).map(([name, rule]) => ({ name: name as Switch, rule })),
];
let missed = 0;
try {
  const baseline = await failingRules(null);
  if (baseline.size > 0)
    throw new Error(`the dynamics tests fail with every rule on: ${[...baseline].join(', ')}`);
  const results = await inParallel(all, availableParallelism(), ({ name }) => failingRules(name));
  all.forEach(({ name, rule }, i) => {
    const failing = results[i] ?? new Set<string>();
    const caught = failing.has(rule);
    if (!caught) missed += 1;
    console.log(
      `${caught ? 'caught ' : 'MISSED '} ${name.padEnd(16)} off -> failing: ${[...failing].join(', ') || 'none'}`,
    );
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${all.length - missed} passed, ${missed} failed`);
process.exit(missed ? 1 : 0);
