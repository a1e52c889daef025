/**
 * Switches each rule of the model off in a scratch copy of the project and runs the dynamics tests
 * there: every rule's own tests must fail without it. `npm run check:rules`; part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RULE_IDS, type RuleId } from '../src/core/vocabulary';

type Patch = [file: string, from: string, to: string];

/**
 * Mechanisms of the bargaining added beside the twelve rules (strategy.md §2), each switched off
 * on its own; the tests of the rule it serves must fail.
 */
const MECHANISMS: { name: string; rule: RuleId; patches: Patch[] }[] = [
  {
    name: 'credibility',
    rule: 'leverage',
    patches: [
      [
        'src/core/moves/measures.ts',
        'if (!reversal) return true;',
        'if (!reversal || true) return true;',
      ],
    ],
  },
  {
    name: 'pressure path',
    rule: 'tariffs',
    patches: [['src/core/posture.ts', 'pathToRelief(s) && s.relations > -60', 'false']],
  },
  {
    name: 'hardening',
    rule: 'tariffs',
    patches: [
      ['src/core/params.ts', 'hardeningRelations: 2,', 'hardeningRelations: 0,'],
      ['src/core/params.ts', 'hardeningDisplacement: 0.4,', 'hardeningDisplacement: 0,'],
    ],
  },
  {
    name: 'deals',
    rule: 'leverage',
    patches: [['src/core/offers.ts', 'if (giverDone && askedDone) {', 'if (false) {']],
  },
  {
    name: 'offered relief',
    rule: 'tariffs',
    patches: [['src/core/state.ts', 'return offersRelief ||', 'return false ||']],
  },
  {
    name: 'summitry',
    rule: 'relationship',
    patches: [['src/core/resolve.ts', 'if (d.flags.summitAttended) {', 'if (false) {']],
  },
];

/** How each rule is switched off: the smallest edit that removes its effect. */
const SWITCHES: Record<RuleId, Patch[]> = {
  relationship: [
    [
      'src/core/posture.ts',
      '(s.flags.provocation && s.relations < P.provocationSevere) ||',
      'false ||',
    ],
  ],
  leverage: [['src/core/moves/measures.ts', 'd.concessionsOwed += 1;', '']],
  credit: [
    [
      'src/core/resolve.ts',
      'const awaiting = d.awaitingCredit;',
      'const awaiting = d.awaitingCredit;\n  return;',
    ],
  ],
  tariffs: [
    ['src/core/params.ts', 'tariffRaiseHit: 0.8', 'tariffRaiseHit: 0'],
    ['src/core/params.ts', 'tariffIrritant: 0.05', 'tariffIrritant: 0'],
  ],
  scheduling: [['src/core/params.ts', 'classAdaptation: 0.06', 'classAdaptation: 0.26']],
  displacement: [['src/core/params.ts', 'altGrowth: 0.15,', 'altGrowth: 0,']],
  enforcement: [
    ['src/core/params.ts', 'enforcementSlowsAdaptation: 0.9', 'enforcementSlowsAdaptation: 0'],
    ['src/core/params.ts', 'enforcementSourOnRelations: 0.5', 'enforcementSourOnRelations: 0'],
  ],
  supplyShock: [['src/core/params.ts', 'seizureShock: 0.3', 'seizureShock: 0']],
  demand: [
    ['src/core/params.ts', 'demandFundingNaloxone: 6', 'demandFundingNaloxone: 0'],
    ['src/core/params.ts', 'demandFundingTreatment: 5', 'demandFundingTreatment: 0'],
  ],
  mexicoCoalition: [
    ['src/core/params.ts', 'pressMexicoGain: 10', 'pressMexicoGain: 0'],
    ['src/core/params.ts', 'coalitionAltCut: 0.5', 'coalitionAltCut: 0'],
  ],
  rhetoric: [
    ['src/core/params.ts', 'listingRelationsHit: 8', 'listingRelationsHit: 0'],
    ['src/core/params.ts', 'listingGoodwillHit: 10', 'listingGoodwillHit: 0'],
  ],
  truce: [
    [
      'src/core/resolve.ts',
      "if (truce?.status !== 'running' ||",
      "if (truce || truce?.status !== 'running' ||",
    ],
  ],
};

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'precursor-rules-'));
for (const path of [
  'src',
  'scenarios',
  'tests/core',
  'tests/helpers.ts',
  'package.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.browser.json',
  'tsconfig.node.json',
  'vitest.config.ts',
])
  cpSync(join(root, path), join(scratch, path), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));

interface VitestJson {
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

function failingRules(): Set<string> {
  const out = join(scratch, 'result.json');
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
    {
      cwd: scratch,
      encoding: 'utf8',
    },
  );
  const result = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  const failed = result.testResults
    .flatMap((f) => f.assertionResults)
    .filter((a) => a.status === 'failed');
  return new Set(failed.map((a) => /^\[(\w+)\]/.exec(a.title)?.[1] ?? '?'));
}

const all = [
  ...RULE_IDS.map((rule) => ({ name: rule, rule, patches: SWITCHES[rule] })),
  ...MECHANISMS,
];
let missed = 0;
try {
  const baseline = failingRules();
  if (baseline.size > 0)
    throw new Error(`the dynamics tests fail with every rule on: ${[...baseline].join(', ')}`);
  for (const { name, rule, patches } of all) {
    const originals = new Map<string, string>();
    for (const [file, from, to] of patches) {
      const path = join(scratch, file);
      const text = readFileSync(path, 'utf8');
      if (!originals.has(path)) originals.set(path, text);
      if (!text.includes(from))
        throw new Error(`${name}: the switch no longer matches ${file}: ${from}`);
      writeFileSync(path, text.replace(from, to));
    }
    const failing = failingRules();
    const caught = failing.has(rule);
    if (!caught) missed += 1;
    console.log(
      `${caught ? 'caught ' : 'MISSED '} ${name.padEnd(16)} off -> failing: ${[...failing].join(', ') || 'none'}`,
    );
    for (const [path, text] of originals) writeFileSync(path, text);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${all.length - missed} passed, ${missed} failed`);
process.exit(missed ? 1 : 0);
