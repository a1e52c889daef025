import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../src/core/events';
import { MOVE_TYPES } from '../../src/core/moves';

const folder = new URL('../../assets/icons/', import.meta.url);
const names = (kind: string) =>
  readdirSync(new URL(`${kind}/`, folder))
    .filter((f) => f.endsWith('.svg'))
    .map((f) => f.slice(0, -4))
    .sort();

describe('the icons in assets/icons', () => {
  it('are one for every move and every world event, and none for anything else', () => {
    expect(names('moves')).toEqual([...MOVE_TYPES].sort());
    expect(names('events')).toEqual(Object.keys(EVENTS).sort());
  });

  it('are plain drawings on the 24-unit grid, in white for the game to tint, with nothing that runs or loads', () => {
    for (const kind of ['moves', 'events'])
      for (const name of names(kind)) {
        const svg = readFileSync(new URL(`${kind}/${name}.svg`, folder), 'utf8');
        const where = `${kind}/${name}.svg`;
        expect(svg, where).toMatch(
          /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="48" height="48" viewBox="0 0 24 24"/,
        );
        expect(svg, where).toContain('stroke="#ffffff"');
        const tags = [...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]);
        expect(
          tags.filter((t) => !['svg', 'title', 'path', 'circle', 'rect'].includes(t ?? '')),
          where,
        ).toEqual([]);
        expect(svg, where).not.toMatch(/href|on[a-z]+=|url\(/i);
        expect(svg, where).toContain(`<title>${name}</title>`);
        // Every element closes.
        expect(svg.match(/<(path|circle|rect)\b[^>]*\/>/g)?.length, where).toBe(
          svg.match(/<(path|circle|rect)\b/g)?.length,
        );
      }
  });
});
