/** 问卷：简报之前和复盘之后的几道题。 */
export const QUESTIONNAIRE_WORDS: Readonly<Record<string, string>> = {
  'screen.questionnaire.heading': '{title} · {game}',
  'screen.questionnaire.title_pre': '赛前问卷',
  'screen.questionnaire.title_post': '赛后问卷',
  'screen.questionnaire.intro_pre':
    '简报之前先答几道题，这样全班能看出游戏教会了什么。按你现在的想法作答，答错不扣分。',
  'screen.questionnaire.intro_post':
    '玩过之后，再答一遍同样的题。你的答案会随回放码一起保存，把回放码交给老师（在复盘界面按 S）。',
  'screen.questionnaire.progress': '第 {step} 题，共 {total} 题',
  'screen.questionnaire.answered': '已答 {answered}/{count} 题',
  'screen.questionnaire.next': '下一题 ▶',
  'screen.questionnaire.next_pre': '完成 · 进入简报 ▶',
  'screen.questionnaire.next_post': '完成 · 回到复盘 ▶',
  'screen.questionnaire.openNote':
    '写几句话。这道题的答案不会存进回放码：请打印答案（P），或写在纸上交给老师。',
  'screen.questionnaire.option_selected': '{label}  ✓',
  'screen.questionnaire.option': '{label}',
  'screen.questionnaire.field.label': '你的答案',
  'screen.questionnaire.field.placeholder': '在这里写下你的答案……',
  'screen.questionnaire.button.previous': '← 上一题',
  'screen.questionnaire.button.skip': '跳过问卷 · Esc',
  'screen.questionnaire.button.print': '打印答案',
  'screen.questionnaire.firstQuestion': '这已经是第一题。',
  'screen.questionnaire.hint_choice':
    '{keys} 或 1–{count} 选择（再按取消） · Enter 下一题 · PgUp 上一题 · Esc 跳过问卷',
  'screen.questionnaire.hint_open':
    '点击方框作答 · Esc 或 Tab 离开方框 · Ctrl+Enter 或在框外按 Enter 继续 · P 打印答案 · Esc 跳过',
};
