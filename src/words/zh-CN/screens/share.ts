/** The words of the share panel in Simplified Chinese (keys as in `../../en/screens/share.ts`). */
export const SHARE_WORDS: Readonly<Record<string, string>> = {
  'screen.share.intro':
    '任何人打开这个链接（或在“回放”界面粘贴代码），都能在任何电脑上看到同样的回合。',
  'screen.share.intro_file':
    '这个页面是从文件打开的，它的地址在别的电脑上打不开：请分享代码。把代码粘贴到游戏的“回放”界面，就能看到同样的回合。',
  'screen.share.title_other': '分享这局游戏 · 已进行{count}个回合',
  'screen.share.caption.code': '回放代码',
  'screen.share.caption.link': '链接',
  'screen.share.caption.link_code': '分享用的代码',
  'screen.share.field': '这个回放的链接',
  'screen.share.field_code': '这个回放的代码',
  'screen.share.button.copy': '复制链接',
  'screen.share.button.copy_code': '复制代码',
  'screen.share.button.replayFile': '回放文件',
  'screen.share.button.csv': '回合数据 CSV',
  'screen.share.button.close': '关闭',
  'screen.share.hint': 'C 复制链接 · J 回放文件（.json） · V 回合数据（.csv） · Esc 关闭',
  'screen.share.copied': '链接已复制。',
  'screen.share.copied_code': '代码已复制。',
  'screen.share.notCopied': '浏览器不允许复制：请选中上面的链接，用 Ctrl+C（Mac 上用 ⌘C）复制。',
  'screen.share.notCopied_code':
    '浏览器不允许复制：请选中上面的代码，用 Ctrl+C（Mac 上用 ⌘C）复制。',
  'screen.share.saved': '已把 {file} 保存到下载文件夹。',
};
