import type { TurnRecord } from './turn';
import type { Move } from './vocabulary';
import { INDICATORS } from './vocabulary';

/** A move as short text: `setTariff:20`, `giveCredit`. */
export function moveToken(m: Move): string {
  const { type, ...params } = m as Move & Record<string, unknown>;
  const values = Object.values(params);
  return values.length ? `${type}:${values.join(':')}` : type;
}

const CSV_COLUMNS = [
  'turn',
  'label',
  'cooperation',
  ...INDICATORS,
  'usMoves',
  'chinaMoves',
  'events',
  'refused',
] as const;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or
 * a carriage return) is written with a leading apostrophe, which spreadsheets show as plain text;
 * numbers are written as they are, negative ones included.
 */
export function csvCell(value: string | number | boolean | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per turn: the indicators of the `sim` tool's JSON, moves and events as `;`-joined tokens. */
export function turnsToCsv(turns: readonly TurnRecord[]): string {
  const rows = turns.map((t) =>
    CSV_COLUMNS.map((c) => {
      switch (c) {
        case 'usMoves':
          return csvCell(t.usMoves.map(moveToken).join(';'));
        case 'chinaMoves':
          return csvCell(t.chinaMoves.map(moveToken).join(';'));
        case 'events':
          return csvCell(t.events.join(';'));
        case 'refused':
          return csvCell(t.refused.map((r) => `${r.side}:${moveToken(r.move)}`).join(';'));
        default:
          return csvCell(t[c]);
      }
    }).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
