/**
 * What is wrong with a file or a code the game checks (a scenario, a replay, a save), as the line
 * that names the file, the turn and the field ends; and the class results' flags.
 */
export const CHECK_WORDS = {
  'check.turn': 'turn {turn}:',
  'check.notValid': '{source}: not valid',
  'check.more_one': '{text} (and {count} more)',
  'check.more_other': '{text} (and {count} more)',
  'check.notJson': '{source}: not valid JSON ({error})',
  'check.multipleOf': 'must be a multiple of {step}',
  'check.chinaMove': 'is a Chinese move, not a US move',
  'check.usMove': 'is a US move, not a Chinese move',
  'check.scenarioId': 'must be lower-case letters, digits and dashes',
  'check.twice': 'lists the same {what} twice',
  'check.twice.event': 'event',
  'check.twice.move': 'move',
  'check.twice.crisis': 'crisis',
  'check.hex8': 'must be eight hex digits',
  'check.replayTurns':
    "{source}: turns: the replay has {turns} turns, more than the {max} of scenario '{scenario}'",
  'check.otherWorld':
    "{source}: scenarioHash: the replay was made with a different version of scenario '{scenario}' (its content differs: {hash}, here {here}); open it with the scenario file it was made with",
  'check.otherModel':
    'this replay was recorded with model version {model}; this is version {version}, so the same moves may now play out differently',
  'check.lethality':
    "{deaths} deaths in the last quarter before the start is more than {max} a quarter per thousand people that fentanyl reaches (users × penetration, less naloxone's share); lower it or raise users or penetration",
  'check.afterLastTurn': 'is after the last turn ({turns})',
  'check.scriptedTwice': 'turn {turn} is scripted twice: list its events in one entry',
  'check.historicalTurns': "has {n} turns, more than the scenario's {turns}",
  'check.unknownScenario': "unknown scenario '{scenario}'",
  'check.classQuarters': '{source}: {turns} quarters is more than the scenario has ({max})',
  'classResults.group': 'Group {n}',
  'classResults.flag.sameCode': 'the same code as {group}',
  'classResults.flag.otherGame':
    'played {scenario} seed {seed}, not {expected} seed {expectedSeed}',
  'classResults.flag.quarters': "played {played} of the class's {expected} quarters",
} as const;
