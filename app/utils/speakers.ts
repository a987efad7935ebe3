/**
 * Who says each lead line, as the pages show it. The server sends the attempt's speakers (from its
 * pinned script version and drawn persona variant); a line names its speaker by id, and a line
 * without one (round 1) belongs to the persona, `lead`.
 */
export interface SpeakerInfo {
  name: string;
  role?: string;
  voice?: "female" | "male";
}

export type Speakers = Record<string, SpeakerInfo>;

export interface SpokenLine {
  role: "lead" | "manager";
  text: string;
  speaker?: string;
}

export const LEAD = "lead";

export function speakerOf(speakers: Speakers, id: string | undefined): SpeakerInfo {
  return speakers[id ?? LEAD] ?? speakers[LEAD] ?? { name: "" };
}

/**
 * "Алла, секретарь приёмной": the role only when the call has more than one speaker, where it
 * tells who is who; a one-person call shows the name alone, as it always did.
 */
export function speakerLabel(speakers: Speakers, id: string | undefined): string {
  const speaker = speakerOf(speakers, id);
  const several = Object.keys(speakers).length > 1;
  return several && speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/** Every lead line since the manager's previous reply, up to reply number `seq` (1-based). */
export function leadLinesBefore(transcript: SpokenLine[], seq: number): { speaker: string; text: string }[] {
  let replies = 0;
  let since: { speaker: string; text: string }[] = [];
  for (const line of transcript) {
    if (line.role === "manager") {
      replies += 1;
      if (replies === seq) return since;
      since = [];
    } else {
      since.push({ speaker: line.speaker ?? LEAD, text: line.text });
    }
  }
  return since;
}

/** Speaker ids in a fixed order (the persona first, then as declared): the voice each one gets. */
export function speakerOrder(speakers: Speakers): string[] {
  const ids = Object.keys(speakers);
  return ids.includes(LEAD) ? [LEAD, ...ids.filter((id) => id !== LEAD)] : ids;
}
