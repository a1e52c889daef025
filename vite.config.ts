import { defineConfig } from 'vite';
import { cjkFontPlugin } from './scripts/cjk-font.ts';
import { firstWordsPlugin } from './scripts/first-words.ts';
import { completeNoticesPlugin, NOTICES_FILE } from './scripts/notices.ts';
import { roomsPlugin } from './scripts/rooms-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [completeNoticesPlugin(), roomsPlugin(), cjkFontPlugin(), firstWordsPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Fonts stay files, however small: the page's policy loads fonts from its own files only.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    // The licences of everything bundled, beside index.html (completed by scripts/notices.ts).
    license: { fileName: NOTICES_FILE },
    rolldownOptions: {
      output: {
        // Phaser is large and changes rarely: its own chunk caches apart from the game.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
