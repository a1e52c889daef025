import { SCENE } from './keys';
import { PlaceholderScene } from './PlaceholderScene';

/** Step through a finished game from its move log. Placeholder until the model lands. */
export class ReplayScene extends PlaceholderScene {
  protected readonly heading = 'Replay';
  protected readonly body =
    'Here you will open a saved game and step through it quarter by quarter, seeing each move ' +
    'and how both sides answered. A replay is the seed plus the move log, so it plays out ' +
    'exactly as before.';

  constructor() {
    super(SCENE.replay);
  }
}
