/** 游戏检查的文件和代码出了什么问题（剧本、回放、存档），以及班级结果的标记。 */
export const CHECK_WORDS = {
  'check.turn': '第 {turn} 回合：',
  'check.notValid': '{source}：无效',
  'check.more_other': '{text}（另有 {count} 处）',
  'check.notJson': '{source}：不是有效的 JSON（{error}）',
  'check.multipleOf': '必须是 {step} 的倍数',
  'check.chinaMove': '这是中方的行动，不是美方的行动',
  'check.usMove': '这是美方的行动，不是中方的行动',
  'check.scenarioId': '只能包含小写字母、数字和连字符',
  'check.twice': '同一个{what}列了两次',
  'check.twice.event': '事件',
  'check.twice.move': '行动',
  'check.twice.crisis': '危机',
  'check.hex8': '必须是八位十六进制数字',
  'check.replayTurns': '{source}：turns：回放有 {turns} 个回合，超过剧本“{scenario}”的 {max} 个',
  'check.otherWorld':
    '{source}：scenarioHash：这个回放是用另一个版本的剧本“{scenario}”录制的（内容不同：{hash}，这里是 {here}）；请用录制时的剧本文件打开它',
  'check.otherModel':
    '这个回放是用模型第 {model} 版录制的；现在是第 {version} 版，同样的行动可能会有不同的结果',
  'check.lethality':
    '开局前最后一个季度的死亡人数 {deaths} 超过了芬太尼所及人群每千人每季度 {max} 人的上限（用户数 × 渗透率，再减去纳洛酮挽救的部分）；请调低它，或调高用户数或渗透率',
  'check.afterLastTurn': '晚于最后一个回合（{turns}）',
  'check.scriptedTwice': '第 {turn} 回合写了两次：请把它的事件列在同一项里',
  'check.historicalTurns': '有 {n} 个回合，超过剧本的 {turns} 个',
  'check.unknownScenario': '未知剧本“{scenario}”',
  'check.classQuarters': '{source}：{turns} 个季度超过了剧本的季度数（{max}）',
  'classResults.group': '第 {n} 组',
  'classResults.flag.sameCode': '与{group}的代码相同',
  'classResults.flag.otherGame':
    '玩的是 {scenario}、种子 {seed}，而不是 {expected}、种子 {expectedSeed}',
  'classResults.flag.quarters': '只玩了全班 {expected} 个季度中的 {played} 个',
} as const;
