import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeReplay, parseJsonText, parseReplay } from '../../src/core/replay';
import { parseSave } from '../../src/core/save';
import { parseScenario, scenarioJsonSchema, scenarioProblems } from '../../src/core/scenario';
import { SCENARIO_IDS } from '../../src/core/scenarios';
import { setLanguage } from '../../src/words';
import { play } from '../helpers';

const file = (id: string) =>
  JSON.parse(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8'));

describe('scenario files', () => {
  it.each(SCENARIO_IDS)('%s is valid', (id) => {
    const r = parseScenario(file(id), `${id}.json`);
    expect(r.ok ? r.value.id : r.error).toBe(id);
  });

  it('a bad scenario names the file, the field and what was expected', () => {
    const bad = file('sandbox');
    bad.initial.goodwill = 150;
    bad.scripted = [{ turn: 2, events: ['alienInvasion'] }];
    const r = parseScenario(bad, 'mine.json');
    // One line: the first problem, and how many more there are.
    expect(r.ok ? '' : r.error).toMatch(/^mine\.json: initial\.goodwill: .*100 \(and 1 more\)$/);
    // The checker lists them all, one a line.
    const all = scenarioProblems(bad, 'mine.json');
    expect(all).toHaveLength(2);
    expect(all[0]).toMatch(/^mine\.json: initial\.goodwill: .*100/);
    expect(all[1]).toMatch(/^mine\.json: scripted\[0\]\.events\[0\]: .*taiwanVisit/);
  });

  it('checked in Chinese, says what is wrong in Chinese and still names file, turn and field', async () => {
    const bad = file('sandbox');
    bad.initial.goodwill = 'high';
    // A file's shape is checked first; the model's own checks run on a file of the right shape.
    const twice = file('sandbox');
    twice.scripted = [
      { turn: 2, events: ['taiwanVisit'] },
      { turn: 2, events: ['summit'] },
    ];
    const replay = {
      ...makeReplay('sandbox', 1, [{ us: [] }, { us: [{ type: 'setTariff' } as never] }]),
    };
    await setLanguage('zh-CN');
    try {
      // Zod's own message (a wrong type) and the model's (a turn scripted twice), both in Chinese.
      expect(scenarioProblems(bad, 'mine.json')).toEqual([
        'mine.json: initial.goodwill: 无效输入：期望 数字，实际接收 string',
      ]);
      expect(scenarioProblems(twice, 'mine.json')).toEqual([
        'mine.json: scripted[1].turn: 第 2 回合写了两次：请把它的事件列在同一项里',
      ]);
      const r = parseReplay(replay, 'game.json');
      expect(r.ok ? '' : r.error).toMatch(
        /^game\.json: 第 2 回合： turns\[1\]\.us\[0\]\.rate: \p{Script=Han}/u,
      );
    } finally {
      await setLanguage('en');
    }
    const r = parseReplay(replay, 'game.json');
    expect(r.ok ? '' : r.error).toMatch(/^game\.json: turn 2: turns\[1\]\.us\[0\]\.rate: [a-z]/i);
  });

  it('historical moves are checked turn by turn', () => {
    const bad = file('history-2018');
    bad.historical[2].china[0] = { type: 'scheduleClass', class: 'heroin' };
    const r = parseScenario(bad, 'h.json');
    expect(r.ok ? '' : r.error).toMatch(/^h\.json: turn 3: historical\[2\]\.china\[0\]\.class: /m);
  });
});

describe('replay format v1', () => {
  const good = {
    format: 'precursor-replay',
    version: 1,
    scenario: 'truce-2026',
    seed: 7,
    turns: [
      {
        us: [{ type: 'giveCredit' }],
        china: [{ type: 'schedulePrecursors', count: 2 }],
        inject: ['taiwanVisit'],
      },
    ],
  };

  it('accepts the example of the format', () => {
    expect(parseReplay(good, 'r.json').ok).toBe(true);
  });

  it.each([
    ['an unknown move', { us: [{ type: 'nuke' }] }, /turn 1: turns\[0\]\.us\[0\]\.type/],
    [
      'a bad parameter',
      { us: [{ type: 'setTariff', rate: 7 }] },
      /turn 1: turns\[0\]\.us\[0\]\.rate: must be a multiple of 5/,
    ],
    [
      'a move of the other side',
      { us: [{ type: 'requireKYC' }] },
      /turn 1: turns\[0\]\.us\[0\]: is a Chinese move/,
    ],
    ['an unknown event', { inject: ['meteor'] }, /turn 1: turns\[0\]\.inject\[0\]/],
    ['an unknown key', { mexico: [] }, /turn 1: turns\[0\]: .*mexico/],
  ])('rejects %s, naming the turn and the field', (_name, turn, message) => {
    const r = parseReplay({ ...good, turns: [turn] }, 'r.json');
    expect(r.ok ? '' : r.error).toMatch(message);
  });

  it('rejects a wrong format tag or version', () => {
    const r = parseReplay({ ...good, version: 3 }, 'r.json');
    expect(r.ok ? '' : r.error).toMatch(/^r\.json: version: /);
  });
});

describe('saves', () => {
  const records = play('truce-2026', 3, { policies: { us: 'hawk', china: 'leverage' } });
  const save = {
    format: 'precursor-save',
    version: 1,
    id: 'game-1',
    savedAt: '2026-11-23T10:00:00.000Z',
    seat: 'us',
    policies: { us: 'reciprocal', china: 'leverage' },
    replay: makeReplay('truce-2026', 3, []),
    records,
  };

  it('a save of a real game is valid, records and all', () => {
    expect(parseSave(save, 'save game-1').ok).toBe(true);
  });

  it('a corrupted save is rejected with a message naming it and the field', () => {
    const bad = { ...save, records: [{ ...records[0], deaths: 'many' }] };
    const r = parseSave(bad, 'save game-1');
    expect(r.ok ? '' : r.error).toMatch(/^save game-1: records\[0\]\.deaths: /);
  });
});

describe('the published JSON Schema', () => {
  it('is up to date with the schema the game validates with (npm run schema)', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it('lists every field of a scenario and forbids others', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['id', 'title', 'briefing', 'initial', 'briefs']),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});

type Doc = {
  id: string;
  initial: Record<string, unknown>;
  scripted: unknown[];
  moves: { us: string[] };
};

describe('limits: every list and number is bounded by what the game can produce', () => {
  const replay = (turns: unknown[], extra: object = {}) => ({
    format: 'precursor-replay',
    version: 1,
    scenario: 'truce-2026',
    seed: 7,
    turns,
    ...extra,
  });
  const error = (r: { ok: boolean; error?: string }) => (r.ok ? '' : (r.error ?? ''));

  it.each([
    [
      'an event injected twice in a quarter',
      replay([{ inject: ['covidShock', 'covidShock'] }]),
      /^r\.json: turn 1: turns\[0\]\.inject\[1\]: lists the same event twice$/,
    ],
    [
      'more moves than a side has move types',
      replay([{ us: Array.from({ length: 17 }, () => ({ type: 'giveCredit' })) }]),
      /^r\.json: turn 1: turns\[0\]\.us: .*16/,
    ],
    [
      'more turns than any scenario',
      replay(Array.from({ length: 41 }, () => ({}))),
      /^r\.json: turns: .*40/,
    ],
    [
      'a scenario named by a path',
      replay([], { scenario: '../scenarios/sandbox.json' }),
      /^r\.json: scenario: must be lower-case letters, digits and dashes$/,
    ],
    [
      'a scenario id longer than any scenario can have',
      replay([], { scenario: 'a'.repeat(65) }),
      /^r\.json: scenario: .*64/,
    ],
    ['a model version from far ahead', replay([], { modelVersion: 10 ** 9 }), /modelVersion/],
  ])('a replay with %s is refused in one line', (_name, doc, message) => {
    const r = parseReplay(doc, 'r.json');
    expect(error(r)).toMatch(message);
    expect(error(r)).not.toContain('\n');
  });

  it.each([
    [
      'fentanyl reaching nobody',
      (s: Doc) => (s.initial.penetration = 1e-9),
      /initial\.penetration/,
    ],
    ['no one using', (s: Doc) => (s.initial.users = 1e-6), /initial\.users/],
    [
      'a long history of deaths',
      (s: Doc) => (s.initial.deathsBefore = Array(9).fill(8000)),
      /initial\.deathsBefore/,
    ],
    [
      'a quarter scripted twice',
      (s: Doc) =>
        (s.scripted = [
          { turn: 2, events: ['summit'] },
          { turn: 2, events: ['summit'] },
        ]),
      /scripted\[1\]\.turn: turn 2 is scripted twice/,
    ],
    [
      'an event scripted twice in one quarter',
      (s: Doc) => (s.scripted = [{ turn: 2, events: ['summit', 'summit'] }]),
      /scripted\[0\]\.events\[1\]: lists the same event twice/,
    ],
    ['an id longer than 64', (s: Doc) => (s.id = 'x'.repeat(65)), /^s\.json: id: /],
    [
      'a move offered twice',
      (s: Doc) => (s.moves.us[1] = s.moves.us[0] ?? ''),
      /moves\.us\[1\]: lists the same move twice/,
    ],
  ])('a scenario with %s is refused', (_name, edit, message) => {
    const doc = file('sandbox');
    edit(doc);
    expect(error(parseScenario(doc, 's.json'))).toMatch(message);
  });

  it('a JSON file may start with a byte-order mark, as browsers allow', () => {
    const text = `\uFEFF${JSON.stringify(replay([]))}`;
    const json = parseJsonText(text, 'r.json');
    expect(json.ok && parseReplay(json.value, 'r.json').ok).toBe(true);
  });

  it('outside text quoted in a message stays on one line', () => {
    const r = parseReplay({ ...replay([]), 'a\nb\u2028c': 1 }, 'r.json');
    expect(error(r)).toMatch(/^r\.json: /);
    expect(error(r)).not.toMatch(/[\n\u2028]/);
  });
});
