/** How a saved game reads in the Replay list, in Simplified Chinese (keys as in `../../en/screens/saves.ts`). */
export const SAVES_WORDS: Readonly<Record<string, string>> = {
  'saves.turn_finished': '已结束，共{played}回合',
  'saves.turn_notStarted': '未开始，共{total}回合',
  'saves.turn': '第{played}/{total}回合后',
  'saves.summary': '{seat} · {turn} · {saved}',
  'saves.savedAt': '{date} {time} UTC',
  'saves.more': '{first}（另有{count}项）',
};
