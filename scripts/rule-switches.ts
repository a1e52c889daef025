/**
 * Switches each rule of the model, and each mechanism of the bargaining, off in turn and runs the
 * tests of the rules: every rule's own tests must fail without it. The model reads the switches
 * itself (src/core/switches.ts); the tests' setup turns off what PRECURSOR_OFF names.
 * `npm run check:rules`; part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MECHANISMS, type Switch } from '../src/core/switches';
import { RULE_IDS, type RuleId } from '../src/core/vocabulary';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'precursor-rules-'));

interface VitestJson {
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

/** The rules whose tests fail with `off` switched off (`[rule]` opens each test's title). */
function failingRules(off: Switch | null): Set<string> {
  const out = join(scratch, 'result.json');
  rmSync(out, { force: true });
  spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      'tests/core/dynamics.test.ts',
      'tests/core/bargaining.test.ts',
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, PRECURSOR_OFF: off ?? '' } },
  );
  const result = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  const failed = result.testResults
    .flatMap((f) => f.assertionResults)
    .filter((a) => a.status === 'failed');
  return new Set(failed.map((a) => /^\[(\w+)\]/.exec(a.title)?.[1] ?? '?'));
}

const all: { name: Switch; rule: RuleId }[] = [
  ...RULE_IDS.map((rule) => ({ name: rule, rule })),
  ...Object.entries(MECHANISMS).map(([name, rule]) => ({ name: name as Switch, rule })),
];
let missed = 0;
try {
  const baseline = failingRules(null);
  if (baseline.size > 0)
    throw new Error(`the dynamics tests fail with every rule on: ${[...baseline].join(', ')}`);
  for (const { name, rule } of all) {
    const failing = failingRules(name);
    const caught = failing.has(rule);
    if (!caught) missed += 1;
    console.log(
      `${caught ? 'caught ' : 'MISSED '} ${name.padEnd(16)} off -> failing: ${[...failing].join(', ') || 'none'}`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${all.length - missed} passed, ${missed} failed`);
process.exit(missed ? 1 : 0);
