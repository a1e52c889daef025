import { describe, expect, it } from 'vitest';
import { play, scenario } from '../helpers';

/** The history scenario, played with its recorded moves, against the figures of the brief (§6). */
describe.each([1, 2, 7, 42, 1234])('history-2018 with the historical moves, seed %i', (seed) => {
  const historical = scenario('history-2018').historical ?? [];
  const turns = play('history-2018', seed, { script: historical });
  const byLabel = new Map(turns.map((t) => [t.label, t]));
  const d12 = (label: string) => byLabel.get(label)?.deaths12m ?? Number.NaN;

  it('plays every quarter from 2018 Q4 to 2025 Q4', () => {
    expect(turns).toHaveLength(29);
    expect(turns[0]?.label).toBe('2018 Q4');
    expect(turns[28]?.label).toBe('2025 Q4');
    expect(turns.flatMap((t) => t.refused)).toEqual([]);
  });

  it('peaks between 2022 Q3 and 2023 Q4 near 78,000 a year', () => {
    const peak = turns.reduce((a, b) => (b.deaths12m > a.deaths12m ? b : a));
    const window = ['2022 Q3', '2022 Q4', '2023 Q1', '2023 Q2', '2023 Q3', '2023 Q4'];
    expect(window).toContain(peak.label);
    expect(peak.deaths12m).toBeGreaterThan(78_000 * 0.92);
    expect(peak.deaths12m).toBeLessThan(78_000 * 1.08);
  });

  it('is near 42,000 a year by early 2025', () => {
    const early2025 = Math.min(d12('2025 Q1'), d12('2025 Q2'));
    expect(early2025).toBeGreaterThan(42_000 * 0.88);
    expect(early2025).toBeLessThan(42_000 * 1.12);
    expect(d12('2018 Q4')).toBeLessThan(36_000);
  });

  it('keeps falling quarter by quarter through 2024 and 2025, as the record did', () => {
    const from = turns.findIndex((t) => t.label === '2023 Q4');
    const falling = turns.slice(from);
    // The rolling year falls every quarter; no quarter climbs back above the one before by more
    // than the model's noise allows (each quarter is drawn within ±3%, so two neighbours of a flat
    // series can differ by 1.03 / 0.97), nor above where 2024 began.
    for (let i = 1; i < falling.length; i++) {
      const [before, now] = [falling[i - 1], falling[i]];
      expect(now?.deaths12m, now?.label).toBeLessThan(before?.deaths12m ?? 0);
      expect(now?.deaths ?? 0, now?.label).toBeLessThan(((before?.deaths ?? 0) * 1.03) / 0.97);
    }
    const start2024 = byLabel.get('2024 Q1')?.deaths ?? 0;
    for (const t of turns.filter((x) => x.label.startsWith('2025')))
      expect(t.deaths, t.label).toBeLessThan(start2024);
  });

  it('has cooperation suspended from 2022 Q3 until the 2023 Q4 summit', () => {
    for (const label of ['2022 Q3', '2022 Q4', '2023 Q1', '2023 Q2', '2023 Q3'])
      expect(byLabel.get(label)?.cooperation).toBe('suspended');
    expect(byLabel.get('2022 Q2')?.cooperation).not.toBe('suspended');
    expect(byLabel.get('2023 Q4')?.cooperation).toBe('talks');
  });
});
