/**
 * Optional sound: short tones made with Web Audio, no files. Off by default; the AudioContext is
 * created only when the player turns sound on, which is a user gesture, so browsers allow it.
 */
export type Cue = 'pick' | 'unpick' | 'end' | 'refuse' | 'report';

const TONES: Record<Cue, [number, number]> = {
  pick: [660, 0.06],
  unpick: [440, 0.06],
  end: [523, 0.12],
  refuse: [220, 0.1],
  report: [784, 0.1],
};

class Sound {
  private context: AudioContext | null = null;
  enabled = false;

  toggle(): boolean {
    this.enabled = !this.enabled;
    if (this.enabled && !this.context && typeof AudioContext !== 'undefined') {
      this.context = new AudioContext();
    }
    return this.enabled;
  }

  play(cue: Cue): void {
    const ctx = this.context;
    if (!this.enabled || !ctx) return;
    const [frequency, seconds] = TONES[cue];
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.08, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + seconds);
  }
}

/** One switch for the whole page. */
export const sound = new Sound();
