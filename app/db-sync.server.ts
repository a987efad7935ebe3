/**
 * A durable commit that does not stop the server while the disk works (ADR 0009).
 *
 * With `synchronous = FULL` SQLite fsyncs the WAL inside COMMIT, and better-sqlite3 is synchronous:
 * the whole process — every other manager's request — waits for the disk on every turn, and on a
 * busy disk that wait is the slowest requests' time. Here the transaction commits with NORMAL
 * (frames written to the WAL, not yet synced) and the WAL is then synced with `fdatasync` on
 * libuv's thread pool; the caller acknowledges only once that resolves, so what it acknowledges has
 * reached the disk exactly as with FULL (the frames are in the WAL, which is what FULL syncs), while
 * other requests run in the meantime. Turns committed while a sync is under way share the next one
 * (group commit): one fdatasync covers every frame written before it began.
 *
 * Only for callers that await `synced` before answering; everything else keeps the connection's
 * setting (FULL by default, DB_SYNCHRONOUS). A connection already at NORMAL or OFF waits for nothing.
 */
import { open, stat, type FileHandle } from "node:fs/promises";
import type { Db } from "./db.server";

interface WalState {
  /** the fdatasync under way: covers frames written before it began */
  current: Promise<void> | null;
  /** the one that starts when `current` ends, shared by everyone who committed meanwhile */
  next: Promise<void> | null;
  /** syncs started, for tests and the benchmark */
  syncs: number;
}

const wals = new Map<string, WalState>();

function stateOf(wal: string): WalState {
  let state = wals.get(wal);
  if (!state) wals.set(wal, (state = { current: null, next: null, syncs: 0 }));
  return state;
}

/**
 * The WAL stays open between syncs: opening and closing it each time were two more trips through
 * the thread pool, each waiting for the event loop on a loaded machine. The file is checked for
 * being the same one (its inode) in the same trip as the sync, so a WAL that SQLite deleted and
 * made anew (the last connection closed, as in tests) is reopened and synced, never missed.
 */
const handles = new Map<string, { handle: FileHandle; ino: number }>();

async function openWal(wal: string): Promise<{ handle: FileHandle; ino: number }> {
  const handle = await open(wal, "r");
  const entry = { handle, ino: (await handle.stat()).ino };
  handles.set(wal, entry);
  return entry;
}

async function datasync(wal: string): Promise<void> {
  const kept = handles.get(wal) ?? (await openWal(wal));
  const [, now] = await Promise.all([kept.handle.datasync(), stat(wal)]);
  if (now.ino === kept.ino) return;
  handles.delete(wal);
  await kept.handle.close().catch(() => undefined);
  await (await openWal(wal)).handle.datasync();
}

function begin(wal: string, state: WalState): Promise<void> {
  state.syncs += 1;
  const run: Promise<void> = datasync(wal).finally(() => {
    if (state.current === run) state.current = null;
  });
  state.current = run;
  return run;
}

/** Resolves once everything written to this WAL before the call is on the disk. */
export function walSynced(wal: string): Promise<void> {
  const state = stateOf(wal);
  if (!state.current) return begin(wal, state);
  // The sync under way may have started before our frames were written: wait for the next one.
  state.next ??= state.current
    .catch(() => undefined)
    .then(() => {
      state.next = null;
      return begin(wal, state);
    });
  return state.next;
}

/** How many WAL syncs this process started for a database file (tests, benchmarks). */
export function walSyncCount(file: string): number {
  return wals.get(`${file}-wal`)?.syncs ?? 0;
}

/**
 * Runs `work` (which commits its own transaction) without waiting for the disk inside COMMIT, and
 * returns a promise that resolves once the commit is durable as `synchronous = FULL` makes it.
 * The caller must await `synced` before it tells anyone the write happened.
 */
export function commitThenSync<T>(db: Db, work: () => T): { result: T; synced: Promise<void> } {
  const client = db.$client;
  const level = Number(client.pragma("synchronous", { simple: true }));
  // FULL (2) or EXTRA (3) on a file: defer the sync. Anything else has nothing to wait for.
  if (level < 2 || client.memory || client.inTransaction) return { result: work(), synced: Promise.resolve() };
  client.pragma("synchronous = NORMAL");
  let result: T;
  try {
    result = work();
  } finally {
    client.pragma(`synchronous = ${level}`);
  }
  return { result, synced: walSynced(`${client.name}-wal`) };
}
