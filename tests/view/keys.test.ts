import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE } from '../../src/scenes/keys';
import { CARD_KEYS, collisions, KEYS, keyIndex, pressed, RULE_KEYS } from '../../src/view/keys';

const scenes = new URL('../../src/scenes/', import.meta.url).pathname;
const sceneFiles = readdirSync(scenes)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(scenes, f), 'utf8') }));

/** Screens shown together, whose keys reach the same handler set: the title and its resume line. */
const TOGETHER = [['title', 'resumeOffer']] as const;

describe('the key map', () => {
  it('finds a key bound twice', () => {
    expect(collisions({ share: 's', cards: ['1', 'S'] })).toEqual(['s: share and cards']);
    expect(collisions({ a: ['1', '2'], b: 'Enter' })).toEqual([]);
  });

  it.each(Object.keys(KEYS))('binds no key twice on %s', (screen) => {
    const bindings = KEYS[screen as keyof typeof KEYS];
    expect(collisions(bindings)).toEqual([]);
  });

  it.each(TOGETHER.map((t) => [t.join(' + '), t] as const))(
    'binds no key twice on %s, shown together',
    (_, screens) => {
      const merged: Record<string, string | readonly string[]> = {};
      for (const s of screens)
        for (const [name, keys] of Object.entries(KEYS[s])) merged[`${s}.${name}`] = keys;
      expect(collisions(merged)).toEqual([]);
    },
  );

  it('keeps the glossary’s G free wherever it is declared, and the hand’s sixteen cards', () => {
    expect(CARD_KEYS).toHaveLength(16);
    expect(RULE_KEYS).toHaveLength(8);
    const withGlossary = Object.entries(KEYS).filter(([, b]) => 'glossary' in b);
    expect(withGlossary.map(([s]) => s).sort()).toEqual([
      'debrief',
      'report',
      'setup',
      'turn',
      'viewer',
    ]);
    expect(RULE_KEYS).not.toContain('g');
  });

  it('names screens that exist', () => {
    const names = Object.keys(SCENE);
    for (const screen of Object.keys(KEYS))
      expect(
        names.some((n) => screen.startsWith(n)),
        screen,
      ).toBe(true);
  });

  it('matches letters in either case and named keys as they are', () => {
    expect(pressed({ key: 'S' }, 's')).toBe(true);
    expect(pressed({ key: 'Enter' }, ['Escape', 'Enter'])).toBe(true);
    expect(pressed({ key: 'enter' }, 'Enter')).toBe(false);
    expect(keyIndex({ key: 'Q' }, CARD_KEYS)).toBe(10);
    expect(keyIndex({ key: 'z' }, CARD_KEYS)).toBe(-1);
  });
});

describe('the scenes', () => {
  it('read every key from the map: no key written out in a handler', () => {
    const offenders = sceneFiles.flatMap(({ file, text }) => {
      const read = [...text.matchAll(/\b(?:e|event)\.key\b/g)].length;
      // Typing a digit of a seed keeps the character itself, once the map has said it is a digit.
      const typed = [...text.matchAll(/\+= (?:e|event)\.key\b/g)].length;
      const literal = [...text.matchAll(/onKey\(this, (?!KEYS\.)/g)].length;
      return read - typed + literal > 0 ? [file] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('use only the keys declared for their own screen', () => {
    const wrong = sceneFiles.flatMap(({ file, text }) => {
      const own = /super\(SCENE\.(\w+)\)/.exec(text)?.[1];
      if (!own) return [];
      return [...text.matchAll(/\bKEYS\.(\w+)/g)]
        .map((m) => m[1] ?? '')
        .filter((screen) => !screen.startsWith(own))
        .map((screen) => `${file}: KEYS.${screen}`);
    });
    expect(wrong).toEqual([]);
  });

  it('every scene that handles keys reads the map', () => {
    // The scene skeleton (screen.ts) hands keys on and reads none itself; its screens do.
    const handlers = sceneFiles.filter(
      ({ file, text }) => file !== 'screen.ts' && /onKeyDown\(|onKey\(|this\.keys\(/.test(text),
    );
    const without = handlers.filter(({ text }) => !/\bKEYS\b/.test(text)).map((f) => f.file);
    expect(handlers.length).toBeGreaterThan(10);
    expect(without).toEqual([]);
  });
});
