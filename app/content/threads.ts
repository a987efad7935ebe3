/**
 * How many threads content:check uses by default: one per core beyond the first. One thread
 * already keeps more than a core busy (V8's garbage collector and compiler threads, esbuild's
 * process); on a 2-core machine a second thread checking scripts cost 4.5 s more CPU and no less
 * wall-clock time (whole library: 10.5 s wall, 17 s CPU on two threads against 9.4 s, 12.4 s on
 * one, round 6; round 7, after the engine's hot path was trimmed: 8.9 s / 15.8 s against 7.7 s /
 * 11.5 s; `npm run bench:engine` prints both), so it is left out there.
 */
export function defaultThreads(cores: number): number {
  return Math.max(1, Math.floor(cores) - 1);
}
