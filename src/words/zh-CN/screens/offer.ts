/** The words of the offer composer in Simplified Chinese (keys as in `../../en/screens/offer.ts`). */
export const OFFER_WORDS: Readonly<Record<string, string>> = {
  'screen.offer.title': '向{to}提出方案',
  'screen.offer.intro_us':
    '你将做什么、要求中国做什么、在几个季度内完成。中国下季度答复；到期仍未履行自己那部分的一方即为违约。',
  'screen.offer.intro_china':
    '你将做什么、要求美国做什么、在几个季度内完成。美国下季度答复；到期仍未履行自己那部分的一方即为违约。',
  'screen.offer.caption.give': '你给出 · 你的招数，最多{max}项',
  'screen.offer.caption.ask_us': '你要求 · 中国的招数，最多{max}项',
  'screen.offer.caption.ask_china': '你要求 · 美国的招数，最多{max}项',
  'screen.offer.caption.within': '期限',
  'screen.offer.caption.words': '方案内容',
  'screen.offer.button.within_other': '{count}个季度',
  'screen.offer.button.confirm': '确认',
  'screen.offer.button.confirm_replace': '替换方案',
  'screen.offer.button.cancel': '取消',
  'screen.offer.button.withdraw': '撤回我的方案',
  'screen.offer.hint': 'Tab ←→ 移动 · Space 勾选 · 1–{max} 季度数 · Enter 确认 · Esc 取消',
  'screen.offer.tooMany': '方案每一方最多{max}个招数：请先取消勾选一项。',
  'screen.offer.words': '{words}。',
  'screen.offer.status.notice': '✗ {notice}',
  'screen.offer.status.refused': '✗ 无法提出：{reason}',
  'screen.offer.status.ready': '✓ 花费1 PC。结束回合时摆上桌面；{to}下季度答复。',
};
