/**
 * Keeps the served knowledge base in step with the archive folder while the bot runs: a change
 * seen by `fs.watch` (or by a periodic rescan, for file systems where watching is unreliable)
 * triggers a rebuild once the folder has been quiet for a moment, and the rebuilt knowledge base is
 * handed over whole. Answers go on being served from the old one meanwhile.
 */
import { watch, type FSWatcher } from "node:fs";
import type { KnowledgeBase } from "../knowledgeBase.js";
import { readManifest, sameManifest, type ManifestEntry } from "../persist/manifest.js";

/** Options of {@link watchArchive}. */
export interface WatchOptions<T = KnowledgeBase> {
  /** The archive folder (only read). */
  readonly dir: string;
  /** Builds a knowledge base of the folder as it is now, off the hot path (see `rebuildInChild`). */
  readonly rebuild: () => Promise<T>;
  /** Receives each rebuilt knowledge base (or whatever `rebuild` produced), to swap it in. */
  readonly onKnowledgeBase: (kb: T) => void;
  /** Told when a rebuild fails; the old knowledge base stays in service. */
  readonly onError?: (error: unknown) => void;
  /** Quiet time after the last change before rebuilding; default {@link DEFAULT_DEBOUNCE_MS}. */
  readonly debounceMs?: number;
  /** Interval of the fallback rescan; default {@link DEFAULT_RESCAN_MS}; 0 turns it off. */
  readonly rescanMs?: number;
}

/** A file copied in is written in several chunks: a second of quiet lets it settle first. */
export const DEFAULT_DEBOUNCE_MS = 1000;
/** fs.watch misses events on network and some container file systems; a minute bounds the delay. */
export const DEFAULT_RESCAN_MS = 60_000;

/** A running watcher. */
export interface ArchiveWatcher {
  /** Stops watching; a rebuild under way still completes but is not handed over. */
  close(): void;
  /** Resolves when no change is waiting and no rebuild is running (for tests and shutdown). */
  idle(): Promise<void>;
}

/**
 * Watches an archive folder and hands over a rebuilt knowledge base after each settled change.
 * @param options - the folder, how to rebuild, and where the result goes
 */
export async function watchArchive<T = KnowledgeBase>(options: WatchOptions<T>): Promise<ArchiveWatcher> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const rescanMs = options.rescanMs ?? DEFAULT_RESCAN_MS;
  let known: ManifestEntry[] | null = await readManifest(options.dir);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let pending = false;
  let closed = false;
  let waiters: (() => void)[] = [];

  const settle = (): void => {
    if (timer !== null || running !== null) return;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  };

  const rebuild = async (): Promise<void> => {
    const before = await readManifest(options.dir);
    if (before !== null && known !== null && sameManifest(before, known)) return;
    try {
      const kb = await options.rebuild();
      if (!closed) options.onKnowledgeBase(kb);
      known = before;
    } catch (error) {
      options.onError?.(error);
    }
  };

  const start = (): void => {
    timer = null;
    if (closed) return settle();
    if (running !== null) {
      pending = true;
      return;
    }
    running = rebuild().finally(() => {
      running = null;
      if (pending && !closed) {
        pending = false;
        start();
      } else settle();
    });
  };

  const schedule = (): void => {
    if (closed) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(options.dir, { persistent: false }, schedule);
    watcher.on("error", (error) => options.onError?.(error));
  } catch (error) {
    options.onError?.(error);
  }
  const rescan =
    rescanMs > 0
      ? setInterval(() => {
          void readManifest(options.dir).then((now) => {
            if (now !== null && (known === null || !sameManifest(now, known))) schedule();
          });
        }, rescanMs)
      : null;
  rescan?.unref();

  return {
    close() {
      closed = true;
      watcher?.close();
      if (rescan !== null) clearInterval(rescan);
      if (timer !== null) clearTimeout(timer);
      timer = null;
      settle();
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
  };
}
