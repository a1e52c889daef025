/** The debrief's words: the end of a game, against the world where nobody moved. */
export const DEBRIEF_WORDS = {
  'screen.debrief.title': 'Debrief · {scenario}',
  'screen.debrief.seed': 'Seed {seed}',
  'screen.debrief.recorded': 'Recorded',
  'screen.debrief.chart.deaths': 'Deaths, last 12 months',
  'screen.debrief.chart.relationship': 'The relationship',
  'screen.debrief.series.relations': 'Relations',
  'screen.debrief.series.goodwill': 'Goodwill',
  'screen.debrief.series.tariff': 'Tariff %',
  'screen.debrief.posture.caption':
    'Cooperation: S suspended · T talks · W working group · E enforcing',
  'screen.debrief.posture.letter_0': 'S',
  'screen.debrief.posture.letter_1': 'T',
  'screen.debrief.posture.letter_2': 'W',
  'screen.debrief.posture.letter_3': 'E',
  'screen.debrief.scores.caption': 'Scores and what drove them',
  'screen.debrief.scores.total': '{side}  {total}',
  'screen.debrief.timeline.caption': 'Timeline',
  'screen.debrief.timeline.caption_actual': 'Timeline · and what really happened',
  'screen.debrief.timeline.row': '{quarter}  US: {us}  |  China: {china}',
  'screen.debrief.timeline.events': '  ⚑ {events}',
  'screen.debrief.timeline.injected': '  ◆ set by the facilitator: {injected}',
  'screen.debrief.timeline.actual': '\n   really: {actual}',
  'screen.debrief.timeline.page': '(page {page} of {pages})',
  'screen.debrief.button.newGame': 'New game',
  'screen.debrief.button.title': 'Title screen',
  'screen.debrief.button.share': 'Share / export',
  'screen.debrief.button.print': 'Print debrief',
  'screen.debrief.button.questionnaire': 'Questionnaire ▶',
  'screen.debrief.button.questionnaire_answered': 'Questionnaire ✓',
  'screen.debrief.hint':
    'Enter new game · [ ] or PgUp/PgDn page the timeline · S share or export · P print · ? help',
  'screen.debrief.hint_questionnaire':
    'Enter new game · [ ] or PgUp/PgDn page the timeline · S share or export · P print · Q questionnaire · ? help',
  'screen.debrief.hint_questionnaireFirst':
    'Enter the questionnaire · [ ] or PgUp/PgDn page the timeline · S share or export · P print · ? help',
} as const;
