/** How saved games and save problems read on screen: a row of the saves list, one line per error. */
import type { Save } from '../core/save';
import { builtInScenario } from '../core/scenarios';
import { inLanguage } from '../core/scenarioWords';
import { t } from '../words';
import { SEAT_LABEL } from './setup';

/** One row of the saved-games list. */
export interface SaveRow {
  id: string;
  title: string;
  /** Scenario · side · turn · date, as one line. */
  summary: string;
  finished: boolean;
}

/** The first problem of a multi-line message, with a count of the rest. */
export function firstLine(error: string): string {
  const lines = error.split('\n').filter(Boolean);
  const first = lines[0] ?? error;
  return lines.length > 1 ? t('saves.more', { first, count: lines.length - 1 }) : first;
}

/** `2026-05-12T14:02:33.000Z` → `2026-05-12 14:02 UTC`: no clock or locale needed. */
export function savedAtText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? t('saves.savedAt', { date: m[1], time: m[2] }) : iso;
}

export function saveRow(save: Save): SaveRow {
  const scenario = builtInScenario(save.replay.scenario);
  const title = scenario ? inLanguage(scenario).title : save.replay.scenario;
  const total = save.settings?.turns ?? scenario?.turns ?? save.replay.turns.length;
  const played = save.records.length;
  const finished = played >= total;
  const turn = t('saves.turn', {
    context: finished ? 'finished' : played === 0 ? 'notStarted' : 'playing',
    played,
    total,
  });
  return {
    id: save.id,
    title,
    summary: t('saves.summary', {
      seat: SEAT_LABEL[save.seat],
      turn,
      saved: savedAtText(save.savedAt),
    }),
    finished,
  };
}

/**
 * The game the title offers to resume: the newest one not yet finished (a finished game is
 * watched from the Replay screen, not resumed), or none.
 */
export function resumableSave(saves: readonly Save[]): Save | undefined {
  return saves.find((save) => !saveRow(save).finished);
}
