import { afterEach, describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/core/scenarios';
import { briefHandoutHtml, briefView } from '../../src/view/brief';
import { glossaryHtml } from '../../src/view/teachingPrint';
import { setLanguage } from '../../src/words';

const truce = () => {
  const s = builtInScenario('truce-2026');
  if (!s) throw new Error('truce-2026');
  return s;
};

/** A brief's handout in the language shown. */
const handout = () => {
  const brief = briefView(truce(), 'china');
  if (!brief) throw new Error('no brief');
  return briefHandoutHtml(brief, 7);
};

afterEach(() => setLanguage('en'));

describe('the printable pages', () => {
  it('say in their <html lang> the language they are written in', async () => {
    expect(handout()).toContain('<html lang="en">');
    expect(glossaryHtml()).toContain('<html lang="en">');
    await setLanguage('zh-CN');
    expect(handout()).toContain('<html lang="zh-CN">');
    expect(glossaryHtml()).toContain('<html lang="zh-CN">');
  });

  it('take their own words from the catalogue of that language', async () => {
    expect(handout()).toContain('Confidential · China team');
    expect(handout()).toContain('Where you stand');
    await setLanguage('zh-CN');
    expect(handout()).toContain('机密 · 中国队');
    expect(handout()).toContain('你的处境');
    expect(handout()).not.toContain('Where you stand');
    expect(glossaryHtml()).toContain('<h1>术语表</h1>');
  });
});
