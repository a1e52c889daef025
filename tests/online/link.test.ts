import { describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/core/code';
import { classIdOf, isClassId, joinLink, teachIdOf, teachLink } from '../../src/online/link';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-';

describe('the join link', () => {
  it('carries the class id on the page’s own address, without its old query or fragment', () => {
    const link = joinLink('http://192.168.1.23:2567/index.html?replay=p2.x#top', ID);
    expect(link).toBe(`http://192.168.1.23:2567/index.html?class=${ID}`);
    expect(classIdOf(new URL(link).search)).toBe(ID);
  });

  it('reads no class id from a class code, another parameter, or a mangled id', () => {
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 7, turns: 8, turnSeconds: 0 });
    expect(isClassId(code)).toBe(false);
    expect(classIdOf(`?class=${encodeURIComponent(code)}`)).toBeNull();
    expect(classIdOf(`?replay=${ID}`)).toBeNull();
    expect(classIdOf(`?class=${ID.slice(1)}`)).toBeNull();
    expect(classIdOf(`?class=${ID}x`)).toBeNull();
    expect(classIdOf('?class=AbCdEfGhIjKlMnOpQrSt%2F-')).toBeNull();
  });
});

describe('the teacher’s page', () => {
  it('carries the class id, or new, and nothing else', () => {
    const link = teachLink('http://127.0.0.1:2567/?teach=new', ID);
    expect(link).toBe(`http://127.0.0.1:2567/?teach=${ID}`);
    expect(teachIdOf(new URL(link).search)).toBe(ID);
    expect(teachIdOf('?teach=new')).toBe('new');
    expect(teachIdOf('?teach=old')).toBeNull();
    expect(classIdOf(`?teach=${ID}`)).toBeNull();
  });
});
