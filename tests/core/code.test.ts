import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  checksum,
  decodeClassCode,
  decodeReplayCode,
  encodeClassCode,
  encodeReplayCode,
} from '../../src/core/code';
import { P1_MOVES } from '../../src/core/codes/moves';
import { makeReplay, type Replay, type ReplayTurn } from '../../src/core/replay';
import { MODEL_VERSION } from '../../src/core/state';

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const MOVE_TYPES: readonly string[] = P1_MOVES;
/** A replay as a p1 code carries it: format v1, recorded under model 1. */
const v1 = (seed: number, turns: ReplayTurn[]): Replay => ({
  format: 'precursor-replay',
  version: 1,
  modelVersion: 1,
  scenario: 'truce-2026',
  seed,
  turns,
});
const digits = (type: string, parameter: number) => {
  const n = MOVE_TYPES.indexOf(type) * 32 + parameter;
  return `${DIGITS[Math.floor(n / 62)]}${DIGITS[n % 62]}`;
};
/** A code written the way the encoder writes one, from any compact text. */
const codeOfText = (text: string) => codeOfBytes(LZString.compressToUint8Array(text));
const codeOfBytes = (bytes: Uint8Array) => {
  const payload = Buffer.from(bytes).toString('base64url');
  return `p1.${payload}.${checksum(payload)}`;
};
const error = (r: { ok: boolean; error?: string }) => (r.ok ? '' : (r.error ?? ''));

describe('p1 codes, handed out before offers, decode as they always did, or are refused', () => {
  const replay = v1(7, [
    {
      us: [{ type: 'giveCredit' }, { type: 'setTariff', rate: 20 }],
      china: [{ type: 'schedulePrecursors', count: 2 }],
      inject: ['taiwanVisit'],
    },
    {
      china: [
        { type: 'enforce', level: 3 },
        { type: 'demandConcession', ask: 'delisting' },
      ],
    },
    { us: [], china: [] },
  ]);
  /** Written by the encoder before the decoder was made strict: codes already handed out still read. */
  const PINNED = 'p1.IwPw7CAuBOCuDGBTAtAJgAyoGwlQQ3QBYBCAVgEtj0QAqYsAOwEEBZYkY4oAAA.1em7s5w';

  it('a code handed out earlier decodes as it always did, and is never written again', () => {
    expect(decodeReplayCode(PINNED)).toEqual({ ok: true, value: replay });
    expect(encodeReplayCode(replay)).toMatch(/^p2\./);
  });

  it('the compact text the encoder writes reads back (the helpers here are faithful)', () => {
    const text = `1~7~truce-2026~${digits('giveCredit', 0)}!*!`;
    expect(decodeReplayCode(codeOfText(text))).toEqual({
      ok: true,
      value: v1(7, [{ us: [{ type: 'giveCredit' }] }]),
    });
  });

  it.each([
    [
      'a character that is not a digit of the code',
      `1~7~truce-2026~5$!*!`,
      /turn 1: us: a character that is not a digit/,
    ],
    [
      'an event that is not one',
      '1~7~truce-2026~*!*!3$',
      /turn 1: inject\[1\]: not an event of the game/,
    ],
    [
      'an event index past the last',
      '1~7~truce-2026~*!*!9',
      /turn 1: inject\[0\]: not an event of the game/,
    ],
    [
      'a parameter on a move that takes none',
      `1~7~truce-2026~${digits('giveCredit', 1)}!*!`,
      /turn 1: us\[0\]: a move 'giveCredit' with a parameter it cannot take/,
    ],
    [
      'a tariff over 100',
      `1~7~truce-2026~${digits('setTariff', 21)}!*!`,
      /us\[0\]: a move 'setTariff' with a parameter/,
    ],
    [
      'a sanction on no one',
      `1~7~truce-2026~${digits('sanction', 2)}!*!`,
      /us\[0\]: a move 'sanction' with a parameter/,
    ],
    [
      'no chemicals scheduled',
      `1~7~truce-2026~*!${digits('schedulePrecursors', 0)}!`,
      /china\[0\]: a move 'schedulePrecursors'/,
    ],
    [
      'enforcement at level 4',
      `1~7~truce-2026~*!${digits('enforce', 4)}!`,
      /china\[0\]: a move 'enforce'/,
    ],
    ['a move number past the last type', `1~7~truce-2026~zz!*!`, /us\[0\]: an unknown move/],
    [
      'a seed written with a leading zero',
      '1~07~truce-2026~*!*!',
      /^replay code: the code is damaged \(it does not decode to a replay\)$/,
    ],
    [
      'a turn beyond the scenario',
      `1~7~truce-2026${'~*!*!'.repeat(9)}`,
      /turns: the replay has 9 turns, more than the 8 of scenario 'truce-2026'/,
    ],
    ['more turns than any replay', `1~7~x${'~*!*!'.repeat(41)}`, /turns: the code holds 41 turns/],
  ])('refuses %s, naming the turn and field', (_name, text, message) => {
    const r = decodeReplayCode(codeOfText(text));
    expect(error(r)).toMatch(/^replay code: /);
    expect(error(r)).toMatch(message);
  });

  it('refuses bytes after the compressed stream', () => {
    const bytes = LZString.compressToUint8Array(`1~7~truce-2026~*!*!`);
    const longer = Uint8Array.from([...bytes, 0, 0]);
    expect(LZString.decompressFromUint8Array(longer)).toBe(`1~7~truce-2026~*!*!`);
    expect(error(decodeReplayCode(codeOfBytes(longer)))).toBe(
      'replay code: the code is damaged (it carries bytes after its end)',
    );
  });

  it('refuses bits set in the padding of the last character', () => {
    const payload = PINNED.split('.')[1] ?? '';
    // The payload's last character carries 2 bits of data and 4 of padding: set one of the padding.
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const bumped = payload.slice(0, -1) + last[last.indexOf(payload.at(-1) ?? 'A') + 1];
    const code = `p1.${bumped}.${checksum(bumped)}`;
    expect(error(decodeReplayCode(code))).toMatch(/^replay code: the code is damaged/);
  });

  it('refuses a code longer than any replay needs, before reading it', () => {
    expect(error(decodeReplayCode(`p1.${'A'.repeat(13000)}.0000000`))).toMatch(
      /^replay code: too long for a replay code \(13011 characters/,
    );
  });
});

describe('p2 codes: one replay, one code', () => {
  const replay = makeReplay(
    'truce-2026',
    7,
    [
      {
        us: [
          {
            type: 'proposeOffer',
            give: [{ type: 'setTariff', rate: 0 }],
            ask: [{ type: 'requireKYC' }],
            within: 2,
          },
          { type: 'giveCredit' },
        ],
        china: [{ type: 'schedulePrecursors', count: 2 }],
        inject: ['taiwanVisit'],
      },
      { china: [{ type: 'acceptOffer' }, { type: 'enforce', level: 3 }] },
      { us: [], china: [] },
    ],
    { pre: [0, 2, null, 1], post: [1] },
  );
  const textOf = (code: string) =>
    LZString.decompressFromUint8Array(Buffer.from(code.split('.')[1] ?? '', 'base64url'));
  const p2 = (text: string) => {
    const payload = Buffer.from(LZString.compressToUint8Array(text)).toString('base64url');
    return `p2.${payload}.${checksum(payload)}`;
  };

  it('carries offers, the scenario hash and answers, and reads back exactly', () => {
    const code = encodeReplayCode(replay);
    expect(code).toMatch(/^p2\./);
    expect(textOf(code)).toMatch(/^2~7~truce-2026~[0-9a-f]{8}~02_1\.1~/);
    expect(decodeReplayCode(code)).toEqual({ ok: true, value: replay });
  });

  it.each([
    ['a seed with a leading zero', (t: string) => t.replace('~7~', '~07~')],
    ['an empty answers part written as a dot', (t: string) => t.replace(/~02_1\.1~/, '~.~')],
  ])('refuses text the writer would not write: %s', (_name, edit) => {
    const text = textOf(encodeReplayCode(replay));
    expect(error(decodeReplayCode(p2(edit(text))))).toMatch(/^replay code: /);
  });

  it('refuses a different world under the same name, saying what to do', () => {
    const text = textOf(encodeReplayCode(replay)).replace(/~[0-9a-f]{8}~/, '~00000000~');
    expect(error(decodeReplayCode(p2(text)))).toMatch(
      /scenarioHash: the replay was made with a different version of scenario 'truce-2026'/,
    );
  });

  it('refuses an offer inside an offer and terms cut short', () => {
    const text = textOf(encodeReplayCode(replay));
    const broken = text.replace(/\(([^.]*)\.([^)]*)\)/, '($1.$2');
    expect(error(decodeReplayCode(p2(broken)))).toMatch(/^replay code: /);
  });
});

describe('class codes carry the model version', () => {
  const settings = { scenario: 'truce-2026', seed: 5, turns: 4, turnSeconds: 90 };
  const classCode = (text: string) => {
    const payload = Buffer.from(text).toString('base64url');
    return `c1.${payload}.${checksum(payload)}`;
  };

  it('a new code says which model it was prepared under, and reads back', () => {
    const code = encodeClassCode(settings);
    const text = Buffer.from(code.split('.')[1] ?? '', 'base64url').toString();
    expect(text).toBe(`truce-2026~5~4~90~~${MODEL_VERSION}`);
    expect(decodeClassCode(code)).toEqual({ ok: true, value: settings });
  });

  it('codes made before the version was carried were made under model 1, and say so', () => {
    // Written by the encoder of that time, with and without a crisis.
    for (const code of [
      'c1.dHJ1Y2UtMjAyNn41fjR-OTA.1cwawp5',
      'c1.cGVsb3NpLTIwMjJ-Mzl1fjZ-MH4zOjI.0bua5w3',
    ])
      expect(error(decodeClassCode(code))).toMatch(
        /^class code: this class was prepared under model version 1, and this game runs version 2.*make a new class code/,
      );
  });

  it('a class prepared under another model version is refused, saying what to do', () => {
    const r = decodeClassCode(classCode(`truce-2026~5~4~90~~${MODEL_VERSION + 1}`));
    expect(error(r)).toMatch(
      new RegExp(
        `^class code: this class was prepared under model version ${MODEL_VERSION + 1}, and this game runs version ${MODEL_VERSION}.*make a new class code`,
      ),
    );
  });

  it.each([
    [
      'the same crisis twice',
      `truce-2026~5~4~90~2:0,2:0~${MODEL_VERSION}`,
      /the same crisis twice/,
    ],
    [
      'more quarters than the scenario',
      `truce-2026~5~9~90~~${MODEL_VERSION}`,
      /9 quarters is not from 1 to the scenario's 8/,
    ],
    [
      'an unknown scenario',
      `nowhere~5~4~90~~${MODEL_VERSION}`,
      /^class code: unknown scenario 'nowhere'$/,
    ],
    [
      'a scenario named by a path',
      `../x.json~5~4~90~~${MODEL_VERSION}`,
      /^class code: the code is damaged/,
    ],
    ['a seventh field', `truce-2026~5~4~90~~1~1`, /^class code: the code is damaged/],
  ])('refuses %s', (_name, text, message) => {
    expect(error(decodeClassCode(classCode(text)))).toMatch(message);
  });

  it('refuses a code longer than any class code, before reading it', () => {
    expect(error(decodeClassCode(`c1.${'A'.repeat(2000)}.0000000`))).toMatch(
      /^class code: too long/,
    );
  });
});
