import { SCENE } from './keys';
import { PlaceholderScene } from './PlaceholderScene';

/** Where a new game is set up (scenario, side, seed). Placeholder until the model lands. */
export class SetupScene extends PlaceholderScene {
  protected readonly heading = 'New game';
  protected readonly body =
    'Here you will pick a scenario, choose whether to play Washington or Beijing, and fix the ' +
    'seed that makes the game repeatable. This screen arrives with the simulation model.';

  constructor() {
    super(SCENE.setup);
  }
}
