/**
 * The app behind a real nginx (Debian's package), as the README tells an operator to run it: the
 * shipped app/server/nginx.conf with only its ports, name and certificate swapped for a
 * self-signed one made here, and the app started with TRUST_PROXY=loopback.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { TMP_DIR } from "./paths";
import { startServer, type RunningServer } from "./server";

export const SHIPPED_CONFIG = path.resolve("app/server/nginx.conf");

function nginxBinary(): string {
  const found = [process.env.NGINX, "/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => file && fs.existsSync(file));
  if (!found) throw new Error("nginx is not installed: `apt-get install -y nginx` (.ci/run does it)");
  return found;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, "localhost.pem");
  const key = path.join(dir, "localhost.key");
  const made = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-nodes",
      "-days",
      "1",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-keyout",
      key,
      "-out",
      cert,
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return { cert, key };
}

/** The shipped site file with our values; each swap must match exactly, or the file has drifted. */
export function siteConfig(ports: { https: number; http: number; app: number }, tls: { cert: string; key: string }): string {
  let text = fs.readFileSync(SHIPPED_CONFIG, "utf8");
  const swaps: [string, string, number][] = [
    ["server 127.0.0.1:3000;", `server 127.0.0.1:${ports.app};`, 1],
    ["listen 80;", `listen 127.0.0.1:${ports.http};`, 1],
    ["listen 443 ssl http2;", `listen 127.0.0.1:${ports.https} ssl http2;`, 1],
    ["server_name callcraft.example.com;", "server_name localhost;", 2],
    ["/etc/ssl/certs/callcraft.example.com.pem", tls.cert, 1],
    ["/etc/ssl/private/callcraft.example.com.key", tls.key, 1],
  ];
  for (const [from, to, times] of swaps) {
    const found = text.split(from).length - 1;
    if (found !== times) throw new Error(`app/server/nginx.conf: expected "${from}" ${times} time(s), found ${found}`);
    text = text.split(from).join(to);
  }
  return text;
}

/** nginx's own top level: foreground, everything it writes under `dir`, our site included. */
function mainConfig(dir: string, site: string): string {
  const temp = (name: string) => {
    const folder = path.join(dir, "temp", name);
    fs.mkdirSync(folder, { recursive: true });
    fs.chmodSync(folder, 0o777); // started as root, nginx's workers run as nobody
    return folder;
  };
  return [
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 256; }",
    "http {",
    "  access_log off;",
    `  client_body_temp_path ${temp("body")};`,
    `  proxy_temp_path ${temp("proxy")};`,
    `  fastcgi_temp_path ${temp("fastcgi")};`,
    `  uwsgi_temp_path ${temp("uwsgi")};`,
    `  scgi_temp_path ${temp("scgi")};`,
    `  include ${site};`,
    "}",
    "",
  ].join("\n");
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

export interface ProxiedApp {
  /** https://localhost:<port>: what the browser opens */
  origin: string;
  app: RunningServer;
  nginxLog: () => string;
  stop: () => Promise<void>;
}

/** The app on `databaseFile` with TRUST_PROXY=loopback, and nginx in front of it with TLS. */
export async function startProxiedApp(databaseFile: string, extraEnv: Record<string, string> = {}): Promise<ProxiedApp> {
  const binary = nginxBinary();
  const dir = fs.mkdtempSync(path.join(TMP_DIR, "nginx-"));
  fs.chmodSync(dir, 0o755);
  const ports = { https: await freePort(), http: await freePort(), app: await freePort() };
  const app = await startServer(ports.app, databaseFile, { TRUST_PROXY: "loopback", ...extraEnv });
  const site = path.join(dir, "callcraft.conf");
  fs.writeFileSync(site, siteConfig(ports, selfSignedCertificate(dir)));
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, mainConfig(dir, site));
  const child = spawn(binary, ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const nginxLog = () => {
    const file = path.join(dir, "error.log");
    return output + (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");
  };
  try {
    await waitForPort(ports.https, child, nginxLog);
  } catch (error) {
    child.kill("SIGKILL");
    await app.stop();
    throw error;
  }
  return {
    origin: `https://localhost:${ports.https}`,
    app,
    nginxLog,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      await app.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
