import { describe, expect, it } from 'vitest';
import { addressIn, rememberLanguage, wantedLanguage } from '../../src/ui/language';
import { linkWith } from '../../src/view/share';

/** A storage that keeps what it is given, like the page's. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const kept = new Map<string, string>();
  return { getItem: (k) => kept.get(k) ?? null, setItem: (k, v) => void kept.set(k, v) };
}

describe('the language on the page', () => {
  it('is the one a link asks for, then the one remembered, else none', () => {
    const storage = memoryStorage();
    expect(wantedLanguage('', storage)).toBeNull();
    rememberLanguage(storage, 'zh-CN');
    expect(wantedLanguage('', storage)).toBe('zh-CN');
    expect(wantedLanguage('?lang=en', storage)).toBe('en');
    expect(wantedLanguage('?replay=abc&lang=zh-CN', null)).toBe('zh-CN');
  });

  it('is written into the address only when it is not English', () => {
    expect(addressIn('http://127.0.0.1/?replay=x', 'zh-CN')).toBe(
      'http://127.0.0.1/?replay=x&lang=zh-CN',
    );
    expect(addressIn('http://127.0.0.1/?lang=zh-CN&replay=x', 'en')).toBe(
      'http://127.0.0.1/?replay=x',
    );
  });

  it('goes with the links the game makes from the address', () => {
    expect(linkWith('replay', 'C0DE', 'http://127.0.0.1/?lang=zh-CN#top')).toBe(
      'http://127.0.0.1/?replay=C0DE&lang=zh-CN',
    );
    expect(linkWith('class', 'C0DE', 'http://127.0.0.1/?x=1')).toBe('http://127.0.0.1/?class=C0DE');
  });
});
