import { describe, expect, it } from 'vitest';
import type { GroupStatus } from '../../src/online/index';
import { clockCell, groupCells, TABLE } from '../../src/scenes/online/table';

const NOW = 1_000_000;

/** A group in its second quarter, waiting for both sides, China's clock the first to run out. */
const group = (over: Partial<GroupStatus> = {}): GroupStatus => ({
  group: 'Table 1',
  quarter: 2,
  turns: 8,
  over: false,
  paused: false,
  posture: 'Talks',
  deaths12m: 35_800,
  usScore: 1.4,
  chinaScore: -2.6,
  holders: { us: 'person', china: 'person' },
  waitingFor: ['us', 'china'],
  code: null,
  seated: { us: true, china: true },
  clocks: {
    us: { deadline: NOW + 65_000, leftMs: null },
    china: { deadline: NOW + 41_200, leftMs: null },
  },
  ...over,
});

describe("the dashboard's clock column", () => {
  it('shows what is left for the side waited for, the first to run out', () => {
    expect(clockCell(group(), NOW)).toBe('0:42');
    // China has ended its turn: only the US is waited for.
    expect(clockCell(group({ waitingFor: ['us'] }), NOW)).toBe('1:05');
    expect(clockCell(group({ waitingFor: ['us'] }), NOW + 70_000)).toBe('0:00');
  });

  it('stands still while the group is paused, and says so', () => {
    const paused = group({
      paused: true,
      clocks: {
        us: { deadline: null, leftMs: 30_000 },
        china: { deadline: null, leftMs: 12_000 },
      },
    });
    expect(clockCell(paused, NOW)).toBe('‖ 0:12');
    expect(clockCell(paused, NOW + 600_000)).toBe('‖ 0:12');
  });

  it('is empty with no clock, no side waited for, or the game over', () => {
    const none = { deadline: null, leftMs: null };
    expect(clockCell(group({ clocks: { us: none, china: none } }), NOW)).toBe('—');
    expect(clockCell(group({ waitingFor: [] }), NOW)).toBe('—');
    expect(clockCell(group({ over: true }), NOW)).toBe('—');
    const { clocks: _, ...untimed } = group();
    expect(clockCell(untimed, NOW)).toBe('—');
  });

  it('has its place in every row, under its heading', () => {
    const cells = groupCells(group(), NOW);
    expect(cells).toHaveLength(TABLE.columns.length);
    expect(cells[TABLE.columns.findIndex((c) => c.id === 'clock')]).toBe('0:42');
    expect(TABLE.columns.reduce((w, c) => w + c.w, 0)).toBe(TABLE.right - TABLE.x);
  });
});
