import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { causeWords } from '../../src/view/causes';
import { hasWords, setLanguage } from '../../src/words';

const core = new URL('../../src/core/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(core, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

afterEach(() => setLanguage('en'));

describe('the causes', () => {
  it('name keys the catalogue has, wherever the core records one', () => {
    const keys = files('.').flatMap((f) =>
      [...readFileSync(join(core, f), 'utf8').matchAll(/'(cause\.[\w.]+)'/g)].map((m) => m[1]),
    );
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !hasWords(k ?? ''))).toEqual([]);
  });

  it('read in the language shown, their values looked up too', async () => {
    const sanctions = { note: 'cause.sanctions', vars: { target: 'target.chemicalFirms' } };
    const breach = { note: 'cause.breaksDeal', vars: { context: 'china' } };
    expect(causeWords(sanctions)).toBe('sanctions on chemical firms');
    expect(causeWords(breach)).toBe('Beijing breaks a deal');
    await setLanguage('zh-CN');
    expect(causeWords(sanctions)).toBe('对化工企业实施制裁');
    expect(causeWords(breach)).toBe('北京违约');
  });
});
