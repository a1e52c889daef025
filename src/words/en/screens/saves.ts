/** How a saved game reads in the Replay screen's list, and a list of problems in one line. */
export const SAVES_WORDS = {
  'saves.turn_finished': 'finished, {played} turns',
  'saves.turn_notStarted': 'not started, {total} turns',
  'saves.turn': 'after turn {played} of {total}',
  'saves.summary': '{seat} · {turn} · {saved}',
  'saves.savedAt': '{date} {time} UTC',
  'saves.more': '{first} (and {count} more)',
} as const;
