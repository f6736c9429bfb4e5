/**
 * Runs the project's real entry points (`src/main.ts`, `src/cli/main.ts`) as child processes,
 * always with a deadline, so a hung child fails the test instead of the suite.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The project root. */
export const ROOT = resolve(import.meta.dirname, "..", "..");

/** A finished child process. */
export interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A running child with its output so far. */
export interface RunningProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves when the child exits (killed with SIGKILL past `timeoutMs`). */
  readonly exited: Promise<ProcessResult>;
  /** Resolves once stdout or stderr matches `pattern`; rejects on exit or after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/**
 * Environment for a child: the test process's, without any Discord or archive settings, plus `env`.
 * Blank values override a developer's `.env` (config treats blank as unset).
 */
export function childEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: "",
    DISCORD_CLIENT_ID: "",
    DISCORD_GUILD_ID: "",
    DISCORD_API_BASE: "",
    SHARDS: undefined,
    SEEDS_DIR: "",
    // Each test process's children share a store of their own, never the project's .data/.
    DATA_DIR: join(tmpdir(), `dostluq-test-data-${process.pid}`),
    LOG_LEVEL: "info",
    ...env,
  };
}

/**
 * Starts `node --import tsx [...nodeArgs] <script> ...args` in the project root.
 *
 * @param timeoutMs - the child is killed (SIGKILL) if still running after this long.
 */
export function startProcess(
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  timeoutMs = 30_000,
  nodeArgs: readonly string[] = [],
): RunningProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...nodeArgs, script, ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: "pipe",
  });
  let stdout = "";
  let stderr = "";
  const listeners = new Set<() => void>();
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    for (const listener of [...listeners]) listener();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const listener of [...listeners]) listener();
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const exited = new Promise<ProcessResult>((resolvePromise) => {
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      for (const listener of [...listeners]) listener();
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitForOutput(pattern, waitMs = 15_000) {
      return new Promise<void>((resolvePromise, reject) => {
        const check = (): void => {
          if (pattern.test(stdout) || pattern.test(stderr)) {
            cleanup();
            resolvePromise();
          } else if (done || child.exitCode !== null || child.signalCode !== null) {
            cleanup();
            reject(new Error(`process exited before printing ${pattern}:\n${stderr}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${pattern} within ${waitMs} ms:\n${stderr}`));
        }, waitMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** Runs a script to completion, feeding `input` on stdin. */
export async function runProcess(
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  input = "",
  timeoutMs = 30_000,
): Promise<ProcessResult> {
  const running = startProcess(script, args, env, timeoutMs);
  running.child.stdin.on("error", () => undefined);
  running.child.stdin.end(input);
  return running.exited;
}

/** Parses pino's JSON log lines from stderr, ignoring anything else. */
export function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}
