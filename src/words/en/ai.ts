/** The computer's personalities and levels (`policy.`, `level.`), and what it says of its moves (`ai.`). */
export const AI_WORDS = {
  'policy.hawk.label': 'Hawk',
  'policy.hawk.summary': 'Raises tariffs, sanctions and names China; gives no credit.',
  'policy.dove.label': 'Dove',
  'policy.dove.summary': 'Offers relief and credit, shares leads and funds treatment at home.',
  'policy.reciprocal.label': 'Reciprocal',
  'policy.reciprocal.summary':
    'Credits steps, trades relief for steps asked, punishes a walk-out with tariffs.',
  'policy.passive.label': 'Passive',
  'policy.passive.summary': 'Does nothing at all: the baseline to compare against.',
  'policy.leverage.label': 'Leverage',
  'policy.leverage.summary':
    'Names a price, offers cheap steps first, pays with costly ones only after a concession.',
  'policy.cooperative.label': 'Cooperative',
  'policy.cooperative.summary': 'Schedules, licenses and enforces whatever Washington does.',
  'policy.hardline.label': 'Hardline',
  'policy.hardline.summary':
    'Demands concessions, lets enforcement slide and walks out under tariffs.',
  'level.record.label': 'The record',
  'level.record.summary':
    'Plays what this side really did, quarter by quarter, in a history scenario; where nothing is recorded, it passes.',
  'level.novice.label': 'Novice',
  'level.novice.summary':
    'The standard personality (Reciprocal for the US, Leverage for China), but it errs: now and then it forgets a move or plays a stray one.',
  'level.expert.label': 'Expert',
  'level.expert.summary':
    'Plans: plays its options forward over sampled futures against its reading of you, and says why.',
  'ai.who_us': 'Washington',
  'ai.who_china': 'Beijing',
  'ai.them_us': 'Washington',
  'ai.them_china': 'China',
  'ai.list': ', ',
  'ai.explain.nothing': 'Nothing this quarter',
  'ai.explain.reading': ' ({them} read as {policy})',
  'ai.explain.best': 'it scores best over {n} sampled futures{reading}',
  'ai.explain.worth':
    'over {n} sampled futures{reading} it is worth {gain} to {who} against doing nothing now',
  'ai.explain.answer': '; in {count} of {n} sampled futures {them} answers with {move}',
  'ai.explain.line': '{what}: {worth}{answer}.',
  'ai.novice.forgot': 'forgot {move}',
  'ai.novice.added': 'added {move} on a hunch',
  'ai.novice.both': '{first} and {second}',
  'ai.novice.slip': 'A novice playing the {line} line: it {slip}.',
  'ai.novice.byTheBook': 'A novice playing the {line} line, by the book this quarter.',
  'ai.record.list': '; ',
  'ai.record.moves': 'What really happened: {moves}.',
  'ai.record.none': 'What really happened: no move of note this quarter.',
  'ai.record.missing': 'This scenario has no record of what really happened: the side passes.',
};
