/** The words of the how-it-works screen and of the teachers' page it leads to. */
export const HOW_IT_WORKS_WORDS = {
  'screen.howItWorks.header': 'Precursor · How it works',
  'screen.howItWorks.page': 'Rules {page} of {pages}',
  'screen.howItWorks.caption.turn': 'A turn',
  'screen.howItWorks.caption.rules': 'The rules of the model, with their evidence',
  'screen.howItWorks.step.1':
    'Each turn is one quarter of a year. Each government has a budget of political capital, and every move costs some of it; a card that does not fit says why.',
  'screen.howItWorks.step.2':
    'The United States chooses first, then China; both sets of moves take effect together when the quarter is resolved, along with any events.',
  'screen.howItWorks.step.3':
    'China’s cooperation moves between Suspended, Talks, Working group and Enforcing, following the rules on the right.',
  'screen.howItWorks.step.4':
    'Before you commit, the what-if panel runs the model with and without a card for the next few quarters, on the same luck.',
  'screen.howItWorks.step.5':
    'After each quarter the report lists what changed and the rules behind it; open any rule to read its evidence and source.',
  'screen.howItWorks.step.6':
    'The debrief compares your game with the same world in which neither side moved.',
  'screen.howItWorks.source': 'Source: {source}',
  'screen.howItWorks.button.back': '← Back',
  'screen.howItWorks.button.teachers': 'For teachers',
  'screen.howItWorks.button.next': 'Next rules →',
  'screen.howItWorks.button.previous': '← Earlier',
  'screen.howItWorks.lastPage': 'This is the last page of rules.',
  'screen.howItWorks.firstPage': 'This is the first page of rules.',
  'screen.howItWorks.hint':
    'PgUp / PgDn turn the pages · T for teachers · Tab or arrows move · Enter chooses · Esc back',
  'screen.teachers.header': 'Precursor · For teachers',
  'screen.teachers.headerRight': 'Printable pages',
  'screen.teachers.intro':
    'Each opens as a page in a new tab, ready to print. The same material is in docs/teaching/.',
  'screen.teachers.button.lesson': 'Lesson card',
  'screen.teachers.button.notes': 'Teacher’s notes',
  'screen.teachers.button.questions': 'Questionnaire',
  'screen.teachers.button.answers': 'With answers',
  'screen.teachers.button.glossary': 'Glossary',
  'screen.teachers.button.back': '← Back',
  'screen.teachers.hint': 'Tab or arrows move · Enter opens · Esc back',
} as const;
