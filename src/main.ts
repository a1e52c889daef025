import { startGame } from './game';

const parent = document.getElementById('game');
if (!parent) throw new Error('index.html must contain <div id="game">.');
startGame(parent, { host: window });
