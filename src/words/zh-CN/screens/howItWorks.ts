/** The words of the how-it-works and teachers' screens in Simplified Chinese (keys as in `../../en/screens/howItWorks.ts`). */
export const HOW_IT_WORKS_WORDS: Readonly<Record<string, string>> = {
  'screen.howItWorks.header': 'Precursor · 玩法说明',
  'screen.howItWorks.page': '规则 第{page}/{pages}页',
  'screen.howItWorks.caption.turn': '一个回合',
  'screen.howItWorks.caption.rules': '模型的规则及其依据',
  'screen.howItWorks.step.1':
    '每个回合是一个季度。两国政府各有一笔政治资本预算，每个招数都要花掉一些；放不下的卡片会说明原因。',
  'screen.howItWorks.step.2': '美国先选，中国后选；季度结算时，双方的招数连同发生的事件一起生效。',
  'screen.howItWorks.step.3': '中国的合作态势在中止、会谈、工作组和执法之间变化，遵循右边的规则。',
  'screen.howItWorks.step.4':
    '出招之前，假设推演面板会在同样的运气下，分别推演出这张牌和不出这张牌之后几个季度的结果。',
  'screen.howItWorks.step.5':
    '每个季度结束后，报告会列出变化及其背后的规则；打开任何一条规则，都能看到它的依据和出处。',
  'screen.howItWorks.step.6': '复盘会把你这局和双方都不出招的同一个世界作对比。',
  'screen.howItWorks.source': '出处：{source}',
  'screen.howItWorks.button.back': '← 返回',
  'screen.howItWorks.button.teachers': '教师专区',
  'screen.howItWorks.button.next': '后面的规则 →',
  'screen.howItWorks.button.previous': '← 前面的规则',
  'screen.howItWorks.lastPage': '这是规则的最后一页。',
  'screen.howItWorks.firstPage': '这是规则的第一页。',
  'screen.howItWorks.hint':
    'PgUp / PgDn 翻页 · T 教师专区 · Tab 或方向键移动 · Enter 选择 · Esc 返回',
  'screen.teachers.header': 'Precursor · 教师专区',
  'screen.teachers.headerRight': '可打印的页面',
  'screen.teachers.intro':
    '每一项都会在新标签页中打开，可直接打印。同样的材料（英文版）也在 docs/teaching/ 中。',
  'screen.teachers.button.lesson': '课堂卡片',
  'screen.teachers.button.notes': '教师笔记',
  'screen.teachers.button.questions': '问卷',
  'screen.teachers.button.answers': '附答案',
  'screen.teachers.button.glossary': '术语表',
  'screen.teachers.button.back': '← 返回',
  'screen.teachers.hint': 'Tab 或方向键移动 · Enter 打开 · Esc 返回',
};
