import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/words/en';
import { EN_FIRST } from '../../src/words/en/first';
import { EN_LATER } from '../../src/words/en/later';

/**
 * What the page shows before the game's chunk (and the rest of the English words) has arrived:
 * the title, the resume offer beneath it, the overlays it opens (settings, help), the skeleton and
 * widgets they are drawn with, and the accessible layer. Their words must be in the first part.
 */
const TITLE_TIME = [
  'src/boot.ts',
  'src/scenes/TitleScene.ts',
  'src/scenes/ResumeOfferScene.ts',
  'src/scenes/SettingsScene.ts',
  'src/scenes/HelpScene.ts',
  'src/scenes/language.ts',
  'src/scenes/screen.ts',
  'src/scenes/overlay.ts',
  'src/ui/access.ts',
  'src/ui/announce.ts',
  'src/ui/Button.ts',
  'src/ui/ScreenHeader.ts',
  'src/ui/Toggle.ts',
  'src/ui/FocusList.ts',
];

/** The keys a file names: whole keys in quotes, and the fixed start of keys built in backquotes. */
function keysNamed(file: string): { whole: string[]; starts: string[] } {
  const source = readFileSync(file, 'utf8');
  const whole = [...source.matchAll(/'([a-z][\w]*(?:\.[\w]+)+)'/gi)]
    .map((m) => m[1] as string)
    .filter((k) => Object.keys(EN).some((key) => key === k || key.startsWith(`${k}_`)));
  const starts = [...source.matchAll(/`([a-z][\w]*(?:\.[\w]+)*\.)\$\{/gi)]
    .map((m) => m[1] as string)
    .filter((k) => Object.keys(EN).some((key) => key.startsWith(k)));
  return { whole, starts };
}

describe('the English words the title carries', () => {
  it('are all the words of what shows before the game’s chunk', () => {
    const first = Object.keys(EN_FIRST);
    const missing: string[] = [];
    for (const file of TITLE_TIME) {
      const { whole, starts } = keysNamed(file);
      for (const k of whole)
        if (!first.some((key) => key === k || key.startsWith(`${k}_`)))
          missing.push(`${file}: ${k}`);
      for (const k of starts)
        if (Object.keys(EN_LATER).some((key) => key.startsWith(k))) missing.push(`${file}: ${k}…`);
    }
    expect(missing).toEqual([]);
  });

  it('finds the keys those files name (the check above reads something)', () => {
    expect(keysNamed('src/scenes/TitleScene.ts').whole).toContain('screen.title.header');
    expect(keysNamed('src/scenes/HelpScene.ts').starts).toContain('screen.help.keys.');
  });

  it('and the rest make the whole catalogue, with no key in both parts', () => {
    const both = Object.keys(EN_FIRST).filter((key) => key in EN_LATER);
    expect(both).toEqual([]);
    expect(Object.keys(EN).length).toBe(
      Object.keys(EN_FIRST).length + Object.keys(EN_LATER).length,
    );
  });
});
