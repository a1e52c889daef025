/** The words the class results' view model builds: the columns, the summary, the errors. */
export const CLASS_RESULTS_VIEW_WORDS = {
  'classResults.column.group': 'Group',
  'classResults.column.livesSaved': 'Lives saved',
  'classResults.column.deathsTotal': 'Deaths',
  'classResults.column.relationsEnd': 'Relations',
  'classResults.column.usScore': 'US score',
  'classResults.column.chinaScore': 'China score',
  'classResults.column.chinaGot': 'China got',
  'classResults.error.empty':
    'Paste one replay code per line (a “Group name: ” prefix is allowed).',
  'classResults.error.tooMany':
    'Paste at most {max} replay codes, one per line ({count} lines were pasted).',
  'classResults.against': 'the scenario and seed most groups played',
  'classResults.against_classCode': 'the class code: {scenario} seed {seed} · {turns} quarters',
  'classResults.chinaGot.tariff': 'tariff −{points} pts',
  'classResults.chinaGot.sanctions': '{count} sanction(s) lifted',
  'classResults.chinaGot.delisted': 'off the list',
  'classResults.chinaGot.nothing': 'nothing',
  'classResults.unreadable': 'can’t be read: {error}',
  'classResults.summary_one': '1 group, compared with {against}.',
  'classResults.summary_other': '{count} groups, compared with {against}.',
} as const;
