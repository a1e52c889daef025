/**
 * Sound, synthesized on the page with Web Audio: no files. Each cue is a short score of notes, each
 * with its own wave, an attack and a decay, played through one soft low-pass, so they sound like
 * small instruments rather than test tones. On unless the player turned it off (M), which the
 * browser remembers; the AudioContext is made and resumed on the first cue, which always follows a
 * key press or a click, so browsers allow it.
 */
export type Cue = 'pick' | 'unpick' | 'end' | 'refuse' | 'report';

export interface Note {
  /** Seconds after the cue starts. */
  at: number;
  /** Hz; `to` glides there over the note. */
  freq: number;
  to?: number;
  /** Seconds from the start of the note to silence. */
  dur: number;
  wave: OscillatorType;
  /** Peak level, 0–1, before the master level. */
  level: number;
}

/** A5 = 880 Hz; the cues keep to one pentatonic scale, so any two sound well together. */
const note = (semitonesFromA4: number) => 440 * 2 ** (semitonesFromA4 / 12);
const C5 = note(3);
const D5 = note(5);
const E5 = note(7);
const G5 = note(10);
const A5 = note(12);
const C6 = note(15);
const G3 = note(-14);
const C3 = note(-21);

export const SCORES: Record<Cue, readonly Note[]> = {
  /** A card picked: two plucked notes, rising. */
  pick: [
    { at: 0, freq: E5, dur: 0.09, wave: 'triangle', level: 0.5 },
    { at: 0.045, freq: A5, dur: 0.12, wave: 'triangle', level: 0.45 },
  ],
  /** A card put back: the same two, falling. */
  unpick: [
    { at: 0, freq: A5, dur: 0.09, wave: 'triangle', level: 0.4 },
    { at: 0.045, freq: E5, dur: 0.12, wave: 'triangle', level: 0.35 },
  ],
  /** The turn sent: a low stamp with a bright tail. */
  end: [
    { at: 0, freq: C3 * 2, to: C3, dur: 0.16, wave: 'sine', level: 0.9 },
    { at: 0.02, freq: G5, dur: 0.22, wave: 'triangle', level: 0.25 },
    { at: 0.02, freq: C6, dur: 0.26, wave: 'sine', level: 0.15 },
  ],
  /** A move that does not fit: a short muted buzz, falling. */
  refuse: [
    { at: 0, freq: G3, to: G3 * 0.85, dur: 0.14, wave: 'square', level: 0.22 },
    { at: 0.07, freq: G3 * 0.85, dur: 0.12, wave: 'square', level: 0.16 },
  ],
  /** The quarter's report: a three-note chime. */
  report: [
    { at: 0, freq: C5, dur: 0.35, wave: 'sine', level: 0.45 },
    { at: 0.08, freq: D5, dur: 0.35, wave: 'sine', level: 0.4 },
    { at: 0.16, freq: G5, dur: 0.5, wave: 'sine', level: 0.4 },
  ],
};

/** How loud the whole page is: quiet enough for a classroom of laptops. */
export const MASTER_LEVEL = 0.12;
const ATTACK = 0.006;
const STORAGE_KEY = 'precursor.sound';

function storedOff(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'off';
  } catch {
    return false;
  }
}

class Sound {
  private context: AudioContext | null = null;
  private out: AudioNode | null = null;
  enabled = !storedOff();

  toggle(): boolean {
    this.enabled = !this.enabled;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, this.enabled ? 'on' : 'off');
    } catch {
      // Storage may be full or forbidden: the switch still holds for this page.
    }
    return this.enabled;
  }

  /** The page's audio graph, made on the first cue (a user gesture), or null without Web Audio. */
  private graph(): { ctx: AudioContext; out: AudioNode } | null {
    if (typeof AudioContext === 'undefined') return null;
    if (!this.context) {
      const ctx = new AudioContext();
      const master = ctx.createGain();
      master.gain.value = MASTER_LEVEL;
      const soften = ctx.createBiquadFilter();
      soften.type = 'lowpass';
      soften.frequency.value = 5000;
      master.connect(soften).connect(ctx.destination);
      this.context = ctx;
      this.out = master;
    }
    if (this.context.state === 'suspended') void this.context.resume();
    return this.out ? { ctx: this.context, out: this.out } : null;
  }

  play(cue: Cue): void {
    if (!this.enabled) return;
    const g = this.graph();
    if (!g) return;
    const now = g.ctx.currentTime;
    for (const n of SCORES[cue]) {
      const start = now + n.at;
      const osc = g.ctx.createOscillator();
      const env = g.ctx.createGain();
      osc.type = n.wave;
      osc.frequency.setValueAtTime(n.freq, start);
      if (n.to) osc.frequency.exponentialRampToValueAtTime(n.to, start + n.dur);
      env.gain.setValueAtTime(0.0001, start);
      env.gain.exponentialRampToValueAtTime(n.level, start + ATTACK);
      env.gain.exponentialRampToValueAtTime(0.0001, start + n.dur);
      osc.connect(env).connect(g.out);
      osc.start(start);
      osc.stop(start + n.dur + 0.02);
    }
  }
}

/** One switch for the whole page. */
export const sound = new Sound();
