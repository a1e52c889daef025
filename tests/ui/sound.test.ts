import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Cue, MASTER_LEVEL, SCORES } from '../../src/ui/sound';

describe('the sounds', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('are short, audible and quiet: every cue over within 0.7 s, between 60 Hz and 4 kHz', () => {
    for (const [cue, notes] of Object.entries(SCORES) as [Cue, (typeof SCORES)[Cue]][]) {
      expect(notes.length, cue).toBeGreaterThan(0);
      for (const n of notes) {
        expect(n.at + n.dur, cue).toBeLessThanOrEqual(0.7);
        for (const f of [n.freq, n.to ?? n.freq]) {
          expect(f, cue).toBeGreaterThanOrEqual(60);
          expect(f, cue).toBeLessThanOrEqual(4000);
        }
        expect(n.level * MASTER_LEVEL, cue).toBeLessThanOrEqual(0.12);
      }
    }
  });

  it('tell picking from putting back: the same notes, the other way round', () => {
    const freqs = (cue: Cue) => SCORES[cue].map((n) => n.freq);
    expect(freqs('unpick')).toEqual([...freqs('pick')].reverse());
    expect(freqs('pick')[1]).toBeGreaterThan(freqs('pick')[0] ?? 0);
  });

  it('are on until the player turns them off, and the browser remembers the choice', async () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    });
    const first = (await import('../../src/ui/sound')).sound;
    expect(first.enabled).toBe(true);
    expect(first.toggle()).toBe(false);
    expect(store.get('precursor.sound')).toBe('off');
    vi.resetModules();
    const next = (await import('../../src/ui/sound')).sound;
    expect(next.enabled).toBe(false);
  });
});
