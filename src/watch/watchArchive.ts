/**
 * Keeps the served knowledge base in step with the archive folder while the bot runs: a change
 * seen by `fs.watch` (or by a periodic rescan, for file systems where watching is unreliable)
 * triggers a rebuild once the folder has been quiet for a moment, and the rebuilt knowledge base is
 * handed over whole. Answers go on being served from the old one meanwhile. Only the files
 * `fs.watch` names are stat'ed again (the whole folder when it names none, and on the rescan), so
 * noticing one new file costs the same in an archive of 50,000 as of 50.
 */
import { watch, type FSWatcher } from "node:fs";
import type { KnowledgeBase } from "../knowledgeBase.js";
import { patchManifest, readManifest, sameManifest, type ManifestEntry } from "../persist/manifest.js";

/** Options of {@link watchArchive}. */
export interface WatchOptions<T = KnowledgeBase> {
  /** The archive folder (only read). */
  readonly dir: string;
  /**
   * Builds a knowledge base of the folder as it is now, off the hot path (see `rebuildInChild`).
   * Given the folder's manifest as the watcher sees it, so it need not stat every file again.
   */
  readonly rebuild: (manifest: readonly ManifestEntry[]) => Promise<T>;
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
  // Files `fs.watch` named since the last update; a change it could not name means a full rescan.
  let touched = new Set<string>();
  let rescanAll = false;

  const settle = (): void => {
    if (timer !== null || running !== null) return;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  };

  /** The folder as it is now: the last manifest with the named files looked at again, or all of them. */
  const currentManifest = async (): Promise<ManifestEntry[] | null> => {
    const names = touched;
    const all = rescanAll || known === null;
    touched = new Set();
    rescanAll = false;
    return all || known === null ? readManifest(options.dir) : patchManifest(options.dir, known, names);
  };

  const rebuild = async (): Promise<void> => {
    const before = await currentManifest();
    if (before === null || (known !== null && sameManifest(before, known))) return;
    try {
      const kb = await options.rebuild(before);
      if (!closed) options.onKnowledgeBase(kb);
      known = before;
    } catch (error) {
      options.onError?.(error);
      // What failed is tried again from a full look at the folder on the next change.
      rescanAll = true;
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

  const schedule = (file: string | null = null, full = file === null): void => {
    if (closed) return;
    if (full) rescanAll = true;
    else if (file !== null) touched.add(file);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(options.dir, { persistent: false }, (_event, file) => schedule(file));
    watcher.on("error", (error) => options.onError?.(error));
  } catch (error) {
    options.onError?.(error);
  }
  const rescan =
    rescanMs > 0
      ? setInterval(() => {
          void readManifest(options.dir).then((now) => {
            if (now !== null && (known === null || !sameManifest(now, known))) schedule(null, true);
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
