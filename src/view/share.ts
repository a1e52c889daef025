/**
 * Sharing a game: its replay code, a link that opens it, and the files a player can download.
 * Everything comes from the replay log; the link is built from the page's own address.
 */
import { encodeReplayCode } from '../core/code';
import { turnsToCsv } from '../core/formats';
import type { Replay } from '../core/replay';
import type { TurnRecord } from '../core/turn';
import { t } from '../words';

export interface ShareView {
  code: string;
  /** What the share box offers to copy: a link that opens the replay, or the code itself. */
  link: string;
  /** False where the page has no address others can open (opened from a file). */
  linkable: boolean;
  /** The share box's opening sentence. */
  intro: string;
  /** The game as a replay file (format v1), pretty-printed. */
  replayJson: string;
  /** One row per turn, the indicators of the sim tool's JSON. */
  csv: string;
  /** File name without extension, e.g. `precursor-truce-2026-seed7-turn3`. */
  fileStem: string;
  turns: number;
}

/**
 * `base` (the page's address) with its query and fragment replaced by `?<name>=<code>`; the
 * page's language (`lang`, there when it is not English) goes with it.
 */
export function linkWith(name: 'replay' | 'class', code: string, base: string): string {
  const url = new URL(base);
  const lang = url.searchParams.get('lang');
  url.search = '';
  url.hash = '';
  url.searchParams.set(name, code);
  if (lang) url.searchParams.set('lang', lang);
  return url.toString();
}

/** A link that opens a replay in the viewer. */
export function replayLink(code: string, base: string): string {
  return linkWith('replay', code, base);
}

export function shareView(replay: Replay, records: readonly TurnRecord[], base: string): ShareView {
  const code = encodeReplayCode(replay);
  const linkable = !base.startsWith('file:');
  return {
    code,
    link: linkable ? replayLink(code, base) : code,
    linkable,
    intro: t('screen.share.intro', linkable ? undefined : { context: 'file' }),
    replayJson: `${JSON.stringify(replay, null, 2)}\n`,
    csv: turnsToCsv(records),
    fileStem: `precursor-${replay.scenario}-seed${replay.seed}-turn${replay.turns.length}`,
    turns: replay.turns.length,
  };
}
