/** The questionnaire's words: a few questions before the briefing and after the debrief. */
export const QUESTIONNAIRE_WORDS = {
  'screen.questionnaire.heading': '{title} · {game}',
  'screen.questionnaire.title_pre': 'Before the game · questionnaire',
  'screen.questionnaire.title_post': 'After the game · questionnaire',
  'screen.questionnaire.intro_pre':
    'A few questions before the briefing, so your class can see what the game taught. Answer what you think now: there is no penalty for a wrong answer.',
  'screen.questionnaire.intro_post':
    'The same questions again, now that you have played. Your answers travel in your replay code; share it with your teacher (S on the debrief).',
  'screen.questionnaire.progress': 'Question {step} of {total}',
  'screen.questionnaire.answered': '{answered} of {count} answered',
  'screen.questionnaire.next': 'Next ▶',
  'screen.questionnaire.next_pre': 'Done · to the briefing ▶',
  'screen.questionnaire.next_post': 'Done · back to the debrief ▶',
  'screen.questionnaire.openNote':
    'Write a few sentences. This answer is not carried in your replay code: print your answers (P) or write it on paper for your teacher.',
  'screen.questionnaire.option_selected': '{label}  ✓',
  'screen.questionnaire.option': '{label}',
  'screen.questionnaire.field.label': 'Your answer',
  'screen.questionnaire.field.placeholder': 'Write your answer here…',
  'screen.questionnaire.button.previous': '← Previous',
  'screen.questionnaire.button.skip': 'Skip questionnaire · Esc',
  'screen.questionnaire.button.print': 'Print answers',
  'screen.questionnaire.firstQuestion': 'This is the first question.',
  'screen.questionnaire.hint_choice':
    '{keys} or 1–{count} choose (again: clear) · Enter next · PgUp previous · Esc skip the questionnaire',
  'screen.questionnaire.hint_open':
    'Click the box and write · Esc or Tab leaves the box · Ctrl+Enter or Enter outside it goes on · P print your answers · Esc skip',
} as const;
