/** The guided first quarter: what each step points at and says. */
export const GUIDE_WORDS = {
  'screen.guide.counter': 'Guide · {n} of {of}',
  'screen.guide.button.next_next': 'Next ▶',
  'screen.guide.button.next_then': 'Next: play it ▶',
  'screen.guide.button.next_done': 'Done ✓',
  'screen.guide.button.skip': 'Skip guide',
  'screen.guide.indicators.title': 'Watch these numbers',
  'screen.guide.indicators.body':
    'The state of the world: deaths over 12 months, the relationship, China’s cooperation. Each shows how it moved last quarter.',
  'screen.guide.cards.title': 'Cards are your moves',
  'screen.guide.cards.body':
    'Press a card (or its key) to pick it. Each costs political capital (PC); your PC for the quarter is limited, so choose.',
  'screen.guide.preview.title': 'What if?',
  'screen.guide.preview.body':
    'For the card in focus, the likely effect next quarter and how the other side may answer. A forecast, not a promise.',
  'screen.guide.endTurn.title': 'End the quarter',
  'screen.guide.endTurn.body':
    'When your moves are picked, End turn (Enter). The other side moves, the world answers, and the report tells you what happened.',
  'screen.guide.headline.title': 'The quarter in one line',
  'screen.guide.headline.body':
    'The headline is the turning point; the line under it lists the others. Green is good for your side, red-orange bad; the arrow says which way it moved.',
  'screen.guide.deaths.title': 'Why deaths changed',
  'screen.guide.deaths.body':
    'Supply, demand and events, each with its figure. They add up to the quarter’s change; the 12-month figure can move the other way.',
  'screen.guide.rules.title': 'The rules at work',
  'screen.guide.rules.body':
    'Each rule of the model that moved something, largest first. Press its letter for what it says and the evidence behind it.',
} as const;
