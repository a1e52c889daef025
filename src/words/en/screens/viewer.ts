/** The replay viewer's words: a recorded game, a quarter at a time. */
export const VIEWER_WORDS = {
  'screen.viewer.title': 'Replay · {title}',
  'screen.viewer.subtitle': 'Seed {seed} · {heading}',
  'screen.viewer.warning': '⚠ {warning}',
  'screen.viewer.hint':
    '← → step · Home End first, last · P play, pause · + − speed · A–I rules · G glossary · T take over · S share · Esc back',
  'screen.viewer.start.caption': 'Before the first quarter',
  'screen.viewer.start.replayCaption': 'This replay',
  'screen.viewer.start.about_one':
    '{count} turn recorded, seed {seed}.\n\nPress → to see the first quarter: the moves of both sides, what changed and the rules that made it change.\n\nPress T to play this scenario yourself from the start with the same seed.',
  'screen.viewer.start.about_other':
    '{count} turns recorded, seed {seed}.\n\nPress → to see the first quarter: the moves of both sides, what changed and the rules that made it change.\n\nPress T to play this scenario yourself from the start with the same seed.',
  'screen.viewer.bar.start': 'Start',
  'screen.viewer.bar.turn': 'Turn {turn}',
  'screen.viewer.frame': '{quarter} · turn {turn} of {total}',
  'screen.viewer.bar.current': 'current',
  'screen.viewer.button.first': '⇤ First',
  'screen.viewer.button.back': '← Back',
  'screen.viewer.button.next': 'Next →',
  'screen.viewer.button.last': 'Last ⇥',
  'screen.viewer.button.play': '▶ Play',
  'screen.viewer.button.play_playing': '❚❚ Pause',
  'screen.viewer.button.speed': 'Speed: {speed}',
  'screen.viewer.button.takeOver': 'Take over from here',
  'screen.viewer.button.share': 'Share / export',
  'screen.viewer.button.close': 'Close',
  'screen.viewer.atStart': 'this is the start',
  'screen.viewer.atEnd': 'this is the last recorded turn',
  'screen.viewer.cannotTakeOver': 'Cannot take over: {reason}.',
  'screen.viewer.takeOver.title': 'Take over from the start',
  'screen.viewer.takeOver.title_after': 'Take over after {heading}',
  'screen.viewer.takeOver.about':
    'The same seed, and every move so far, as recorded. You play on from the next quarter.',
  'screen.viewer.takeOver.seat': 'Play {seat}',
  'screen.viewer.takeOver.hint': '1–3 choose · Esc cancel',
} as const;
