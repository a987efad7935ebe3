import { spawn, type ChildProcess } from "node:child_process";

export interface RunningServer {
  baseURL: string;
  port: number;
  /** stops the process (SIGKILL simulates a crash) and starts it again on the same database */
  restart(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
  /** the current server process id (changes on restart) */
  pid(): number | undefined;
  /** everything the current process wrote to stdout and stderr */
  output(): string;
}

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string): Promise<void> {
  // generous: on a shared, overloaded machine the first boot (dictionaries, the library) can take a minute
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      const res = await fetch(`${baseURL}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

/** Starts the built app (app/server/index.mjs) on its own port and database file. */
export async function startServer(port: number, databaseFile: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const baseURL = `http://localhost:${port}`;
  let child: ChildProcess;
  let log = "";
  const launch = async () => {
    log = "";
    child = spawn(process.execPath, ["app/server/index.mjs"], {
      env: { ...process.env, ...extraEnv, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    await waitForHealth(baseURL, child, () => log);
  };
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
  };
  await launch();
  return {
    baseURL,
    port,
    restart: async (signal = "SIGTERM") => {
      await stop(signal);
      await launch();
    },
    stop: () => stop(),
    pid: () => child.pid,
    output: () => log,
  };
}
