import { bootGame } from './boot';

const parent = document.getElementById('game');
if (!parent) throw new Error('index.html must contain <div id="game">.');
bootGame(parent, { host: window });
