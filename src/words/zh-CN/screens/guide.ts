/** The guided first quarter's words in Simplified Chinese (keys as in `../../en/screens/guide.ts`). */
export const GUIDE_WORDS: Readonly<Record<string, string>> = {
  'screen.guide.counter': '引导 · 第{n}/{of}步',
  'screen.guide.button.next_next': '下一步 ▶',
  'screen.guide.button.next_then': '下一步：开始玩 ▶',
  'screen.guide.button.next_done': '完成 ✓',
  'screen.guide.button.skip': '跳过引导',
  'screen.guide.indicators.title': '留意这些数字',
  'screen.guide.indicators.body':
    '世界的现状：过去12个月的死亡人数、双边关系、中国的合作。每一项都标出上个季度的变化。',
  'screen.guide.cards.title': '卡片就是你的招数',
  'screen.guide.cards.body':
    '点击卡片（或按它的键）来选择。每张卡片都要花政治资本（PC）；每季度的政治资本有限，要有取舍。',
  'screen.guide.preview.title': '假设推演',
  'screen.guide.preview.body':
    '对当前选中的卡片，显示下个季度可能的效果以及对方可能的回应。这是预测，不是保证。',
  'screen.guide.endTurn.title': '结束本季度',
  'screen.guide.endTurn.body':
    '选好招数后，按“结束回合”（Enter）。对方出招，世界作出反应，报告会告诉你发生了什么。',
  'screen.guide.headline.title': '一句话看本季度',
  'screen.guide.headline.body':
    '标题是本季度的转折点，下面一行列出其他变化。绿色对你方有利，橙红色不利；箭头表示变化方向。',
  'screen.guide.deaths.title': '死亡人数为何变化',
  'screen.guide.deaths.body':
    '供应、需求和事件，各有其数字，加起来就是本季度的变化；过去12个月的数字可能朝相反方向变化。',
  'screen.guide.rules.title': '起作用的规则',
  'screen.guide.rules.body':
    '模型中改变了结果的每条规则，影响最大的排在前面。按它的字母查看规则内容和背后的依据。',
};
