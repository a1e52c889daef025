/** What goes wrong reading a replay code or a class code, as the player or teacher who pasted it reads it. */
export const CODE_WORDS = {
  'code.source_replay': 'replay code',
  'code.source_class': 'class code',
  'code.tooLong_replay':
    '{source}: too long for a replay code ({length} characters; a code or link is at most {max})',
  'code.tooLong_class':
    '{source}: too long for a class code ({length} characters; a code or link is at most {max})',
  'code.notACode_replay':
    '{source}: not a Precursor replay code (a code looks like p2.<letters>.<7 characters>)',
  'code.notACode_class':
    '{source}: not a Precursor class code (a code looks like c1.<letters>.<7 characters>)',
  'code.checksum': '{source}: the code is mistyped or incomplete (its checksum does not match)',
  'code.notReplay': '{source}: the code is damaged (it does not decode to a replay)',
  'code.tooMuch': '{source}: the code is damaged (it decodes to more than a replay can hold)',
  'code.trailing': '{source}: the code is damaged (it carries bytes after its end)',
  'code.notWritten': '{source}: the code is damaged (it is not written the way a replay code is)',
  'code.notSettings': '{source}: the code is damaged (it does not decode to class settings)',
  'code.otherModel':
    '{source}: this class was prepared under model version {model}, and this game runs version {version}, where the same world plays differently: make a new class code in Setup (same scenario, seed and quarters) and hand it out again',
  'code.unknownScenario': "{source}: unknown scenario '{scenario}'",
  'code.range': '{source}: the settings are out of range ({problem})',
  'code.range.seed': 'the seed is larger than {max}',
  'code.range.turns': "{turns} quarters is not from 1 to the scenario's {max}",
  'code.range.timer': 'the turn timer is longer than an hour',
  'code.range.crises': 'it sets {count} crises; a class has at most {max}',
  'code.range.twice': 'it sets the same crisis twice',
  'code.range.outside': 'a crisis falls outside the quarters played',
  'code.tooManyTurns': 'turns: the code holds {count} turns; a replay has at most {max}',
  'code.turn': 'turn {n}:',
  'code.threeParts': '{at} the code is damaged (a turn has three parts)',
  'code.notAnEvent': '{at} inject[{i}]: not an event of the game',
};
