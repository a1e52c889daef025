/** The words of the title screen, the line under it that offers a saved game, and the briefing. */
export const TITLE_WORDS = {
  'screen.title.header': 'Situation briefing · United States / China',
  'screen.title.headerRight': 'A negotiation game',
  'screen.title.wordmark': 'PRECURSOR',
  'screen.title.subtitle':
    'Washington and Beijing bargain, one quarter at a time, over the chemicals that become fentanyl. Every tariff, listing and favour changes what the other side does next.',
  'screen.title.button.play': 'Play',
  'screen.title.button.replay': 'Replay',
  'screen.title.button.howItWorks': 'How it works',
  'screen.title.button.settings': 'Settings',
  'screen.title.hint': '↑ ↓ or Tab to move   ·   Enter to choose   ·   1–{last} to jump',
  'screen.resumeOffer.saved': 'Saved game: {title} · {summary}',
  'screen.resumeOffer.saved_more': 'Saved game: {title} · {summary} · {others} more under Replay',
  'screen.resumeOffer.unreadable_one':
    'A saved game could not be read and was set aside: the Replay screen says why.',
  'screen.resumeOffer.unreadable_other':
    '{count} saved games could not be read and were set aside: the Replay screen says why.',
  'screen.resumeOffer.unsaved': 'The last game: {notice}',
  'screen.resumeOffer.button.resume': 'Resume it',
  'screen.briefing.header': 'Briefing',
  'screen.briefing.seed': 'Seed {seed}',
  'screen.briefing.seat_us': 'You play the United States. China is played by the computer.',
  'screen.briefing.seat_china': 'You play China. The United States is played by the computer.',
  'screen.briefing.seat_hotseat':
    'Two teams share this device. Each side’s hidden information is kept off screen while the other plays.',
  'screen.briefing.seat_watch':
    'The computer plays both sides. Press Enter to step from one quarter to the next.',
  'screen.briefing.button.print': 'Print brief',
  'screen.briefing.button.begin': 'Begin ▶',
  'screen.briefing.hint': 'Enter begins · Esc back to setup',
  'screen.briefing.hint_brief': 'Enter begins · P print your brief · Esc back to setup',
  'screen.handover.team_us': 'United States',
  'screen.handover.team_china': 'China',
  'screen.handover.title': 'Hand over to the {team} team',
  'screen.handover.away': 'The other team looks away. Nothing of their turn is shown here.',
  'screen.handover.away_brief': 'The other team looks away. Your confidential brief comes next.',
  'screen.handover.button.ready': '{team} team ready',
  'screen.handover.briefTitle': '{team} team: read your brief',
  'screen.handover.button.start': 'Start the {team} turn ▶',
  'screen.handover.button.print': 'Print brief',
  'screen.handover.hint':
    'Enter starts your turn · P print your brief · Only your team should see this screen',
} as const;
