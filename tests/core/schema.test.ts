import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeReplay, parseReplay } from '../../src/core/replay';
import { parseSave } from '../../src/core/save';
import { parseScenario, scenarioJsonSchema } from '../../src/core/scenario';
import { SCENARIO_IDS } from '../../src/core/scenarios';
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
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^mine\.json: initial\.goodwill: .*100/m);
      expect(r.error).toMatch(/^mine\.json: scripted\[0\]\.events\[0\]: .*taiwanVisit/m);
    }
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
    const r = parseReplay({ ...good, version: 2 }, 'r.json');
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
