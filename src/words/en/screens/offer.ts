/** The words of the offer composer, over the turn screen. */
export const OFFER_WORDS = {
  'screen.offer.title': 'Make an offer to {to}',
  'screen.offer.intro_us':
    'What you will do, what you ask of China, and within how many quarters. China answers next quarter; a side that has not played its part by the deadline breaks the deal.',
  'screen.offer.intro_china':
    'What you will do, what you ask of the United States, and within how many quarters. The United States answers next quarter; a side that has not played its part by the deadline breaks the deal.',
  'screen.offer.caption.give': 'You give · your moves, up to {max}',
  'screen.offer.caption.ask_us': 'You ask · China’s moves, up to {max}',
  'screen.offer.caption.ask_china': 'You ask · US moves, up to {max}',
  'screen.offer.caption.within': 'Within',
  'screen.offer.caption.words': 'The offer',
  'screen.offer.button.within_one': '{count} quarter',
  'screen.offer.button.within_other': '{count} quarters',
  'screen.offer.button.confirm': 'Confirm',
  'screen.offer.button.confirm_replace': 'Replace offer',
  'screen.offer.button.cancel': 'Cancel',
  'screen.offer.button.withdraw': 'Take back my offer',
  'screen.offer.hint': 'Tab ←→ move · Space tick · 1–{max} quarters · Enter confirm · Esc cancel',
  'screen.offer.tooMany': 'At most {max} moves on each side of an offer: untick one first.',
  'screen.offer.words': '{words}.',
  'screen.offer.status.notice': '✗ {notice}',
  'screen.offer.status.refused': '✗ Cannot be made: {reason}',
  'screen.offer.status.ready':
    '✓ Costs 1 PC. It goes on the table when you end the turn; {to} answers next quarter.',
} as const;
