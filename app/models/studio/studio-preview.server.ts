/**
 * Preview calls: the author plays a draft through the same pure engine as a real attempt, but the
 * snapshot lives here in memory, owned by the author and never written to the database — a preview
 * creates no attempt, no score and no unmatched reply. Each session keeps the definition it started
 * with, so editing the draft mid-call cannot break it. Sessions expire; a restart forgets them.
 */
import crypto from "node:crypto";
import { LRUCache } from "lru-cache";
import {
  currentView,
  EngineError,
  startAttempt,
  stepAttempt,
  type AnswerMode,
  type AttemptSnapshot,
  type CallView,
  type Reply,
  type ScriptDefinition,
  type TurnRecord,
} from "~/engine";
import { getScorer } from "~/models/rehearsal/scorer.server";

interface PreviewSession {
  id: string;
  userId: string;
  itemId: string;
  definition: ScriptDefinition;
  snapshot: AttemptSnapshot;
  lastTurn: TurnRecord | null;
}

const TTL_MS = 2 * 60 * 60 * 1000;
const MAX_SESSIONS = 500;
/** A session expires TTL_MS after its last reply; beyond MAX_SESSIONS the one used longest ago goes. */
const sessions = new LRUCache<string, PreviewSession>({ max: MAX_SESSIONS, ttl: TTL_MS });

export function startPreview(input: { userId: string; itemId: string; definition: ScriptDefinition; answerMode: AnswerMode }): string {
  const seed = crypto.randomInt(1, 2 ** 31 - 1);
  const { snapshot } = startAttempt(input.definition, { seed, mode: "practice", answerMode: input.answerMode, scorer: getScorer() });
  const id = crypto.randomUUID();
  sessions.set(id, { id, userId: input.userId, itemId: input.itemId, definition: input.definition, snapshot, lastTurn: null });
  return id;
}

/** The caller's own session on this item, or null (another author's id is as good as none). */
export function getPreview(id: string, userId: string, itemId: string): PreviewSession | null {
  const session = sessions.get(id);
  if (!session || session.userId !== userId || session.itemId !== itemId) return null;
  return session;
}

export function previewView(session: PreviewSession): CallView {
  return currentView(session.definition, session.snapshot, "practice");
}

/** Applies reply number `seq`; a repeated or stale submit changes nothing. */
export function replyPreview(session: PreviewSession, seq: number, reply: Reply): void {
  if (seq !== session.snapshot.turns.length + 1 || previewView(session).ended) return;
  try {
    const { snapshot, turn } = stepAttempt(session.definition, session.snapshot, reply, { scorer: getScorer() });
    session.snapshot = snapshot;
    session.lastTurn = turn;
    sessions.set(session.id, session); // a reply restarts its clock
  } catch (error) {
    // An option that is not open any more (a stale page) is ignored like a repeated submit.
    if (!(error instanceof EngineError)) throw error;
  }
}
