/**
 * Which browser voice reads which speaker. Pure, so a reload (and a test) gives the same answer:
 * speakers come in a fixed order (the persona first, then as the script declares them); the
 * voices for the script's language are sorted (the browser's default first, then by name); speaker
 * number i gets voice i. With fewer voices than speakers, or only one, speakers who share a voice
 * get different pitches. Browsers do not say whether a voice is female or male, so the script's
 * `voice` hint only picks the pitch range when voices must be shared.
 */
export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
}

export interface VoiceChoice<V> {
  /** null: no voice for the language, the browser picks one from `lang` */
  voice: V | null;
  pitch: number;
}

type Hint = "female" | "male" | undefined;

/** A voice whose language is the script's ("ru" matches ru-RU and ru_RU; case ignored). */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const wanted = lang.toLowerCase();
  return voices
    .filter((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === wanted)
    .sort((a, b) => Number(b.default === true) - Number(a.default === true) || a.name.localeCompare(b.name));
}

/** Pitches for speakers who share one voice: distinct across and within the hint groups. */
const SHARED_PITCH: Record<"female" | "male" | "none", number[]> = {
  none: [1, 1.35, 0.7],
  female: [1.25, 1.45, 1.1],
  male: [0.8, 0.65, 0.95],
};

/** Pitches for the second, third… round of speakers when there are several voices but fewer than speakers. */
const ROUND_PITCH = [1, 1.3, 0.75, 1.5, 0.6];

export function assignVoices<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
  speakers: readonly { id: string; voice?: Hint }[],
): Record<string, VoiceChoice<V>> {
  const pool = voicesFor(voices, lang);
  const chosen: Record<string, VoiceChoice<V>> = {};
  const inGroup: Record<string, number> = {};
  speakers.forEach((speaker, index) => {
    if (pool.length >= 2) {
      const round = Math.floor(index / pool.length);
      chosen[speaker.id] = { voice: pool[index % pool.length] ?? null, pitch: ROUND_PITCH[round % ROUND_PITCH.length] ?? 1 };
      return;
    }
    const group = speaker.voice ?? "none";
    const nth = inGroup[group] ?? 0;
    inGroup[group] = nth + 1;
    const pitches = SHARED_PITCH[group];
    chosen[speaker.id] = { voice: pool[0] ?? null, pitch: pitches[nth % pitches.length] ?? 1 };
  });
  return chosen;
}
