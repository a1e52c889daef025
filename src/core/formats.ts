import type { TurnRecord } from './turn';
import type { Move } from './vocabulary';
import { INDICATORS } from './vocabulary';

/**
 * A move as short text: `setTariff:20`, `giveCredit`; an offer's terms in brackets, joined by `+`
 * (`proposeOffer:[setTariff:0+giveCredit]:[schedulePrecursors:2]:2`), so that a list of moves
 * can be joined by `,` or `;` and still read back as moves.
 */
export function moveToken(m: Move): string {
  const { type, ...params } = m as Move & Record<string, unknown>;
  const values = Object.values(params).map((v) =>
    Array.isArray(v) ? `[${(v as Move[]).map(moveToken).join('+')}]` : String(v),
  );
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

export type CsvValue = string | number | boolean | null;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; null is empty.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) is written with a leading apostrophe, which spreadsheets show as plain text; numbers are
 * written as they are, negative ones included.
 */
export function csvField(value: CsvValue): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV table: the header line, then one line per row, every line ending in a newline. */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\n`).join('');
}

/** One row per turn: the indicators of the `sim` tool's JSON, moves and events as `;`-joined tokens. */
export function turnsToCsv(turns: readonly TurnRecord[]): string {
  const rows = turns.map((t) =>
    CSV_COLUMNS.map((c) => {
      switch (c) {
        case 'usMoves':
          return t.usMoves.map(moveToken).join(';');
        case 'chinaMoves':
          return t.chinaMoves.map(moveToken).join(';');
        case 'events':
          return t.events.join(';');
        case 'refused':
          return t.refused.map((r) => `${r.side}:${moveToken(r.move)}`).join(';');
        default:
          return t[c];
      }
    }),
  );
  return csvTable(CSV_COLUMNS, rows);
}
