/**
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP during `npm run statements`: the run's temporary folder is
 * removed and the journal lock given back before the process ends, so that an interrupted run
 * leaves the output folder and the kept journal as they were. While the kept journal is recorded
 * and the run folder put in place (a few milliseconds), a signal waits: the run is then either
 * wholly done or not done at all.
 */

/** The signals that stop a run. */
export type StopSignal = "SIGINT" | "SIGTERM" | "SIGHUP";

export const STOP_SIGNALS: readonly StopSignal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Exit code after a signal, as shells report it: 128 + the signal's number.
 *
 * @example
 * SIGNAL_EXIT_CODE.SIGINT; // 130
 */
export const SIGNAL_EXIT_CODE: Readonly<Record<StopSignal, number>> = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGTERM: 143,
};

/** Where signals come from and how the process ends: the process, or a test's double. */
export interface SignalSource {
  /** Calls handler on each stop signal until the returned function is called. */
  listen(handler: (signal: StopSignal) => void): () => void;
  /** Ends the process at once with this code (process.exit); a test's double records it. */
  exit(code: number): void;
}

/**
 * The process's signals.
 *
 * @example
 * runCli(argv, { ...env, signals: processSignals });
 */
export const processSignals: SignalSource = {
  listen(handler) {
    const listeners = STOP_SIGNALS.map((signal) => {
      const listener = () => handler(signal);
      process.on(signal, listener);
      return [signal, listener] as const;
    });
    return () => {
      for (const [signal, listener] of listeners) process.off(signal, listener);
    };
  },
  exit(code) {
    process.exit(code);
  },
};

/** Thrown at the next step of a run stopped by a signal (when the process did not end at once). */
export class RunInterrupted extends Error {
  constructor(readonly signal: StopSignal) {
    super(`interrompu (${signal})`);
    this.name = "RunInterrupted";
  }
}

/**
 * Watches the signals during one run: on a signal, runs the cleanups registered so far
 * (synchronously, newest first), prints what was left, and ends the process; inside `commit`, the
 * signal waits until the commit is over.
 *
 * @example
 * const guard = new RunGuard(env.signals, env.err);
 * guard.onCleanup(() => runFolder.discardSync());
 * const { deferred } = await guard.commit(() => recordAndRename());
 */
export class RunGuard {
  private readonly cleanups: (() => void)[] = [];
  private committing = false;
  private unlisten: (() => void) | null = null;
  /** The signal that stopped the run, if one did. */
  interrupted: StopSignal | null = null;
  /** A signal received during commit, handled once the commit is over. */
  deferred: StopSignal | null = null;
  /** What an interruption leaves, said after "Interrompu" (the folder, the journal). */
  leaves = "rien n'est écrit et aucun numéro n'est émis.";

  constructor(
    private readonly source: SignalSource | undefined,
    private readonly print: (line: string) => void
  ) {
    this.unlisten = source?.listen((signal) => this.onSignal(signal)) ?? null;
  }

  /**
   * Registers a synchronous cleanup, run if a signal stops the run.
   *
   * @param cleanup - e.g. remove the temporary folder
   */
  onCleanup(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Throws RunInterrupted when a signal stopped the run (the process did not end at once). */
  checkpoint(): void {
    if (this.interrupted) throw new RunInterrupted(this.interrupted);
  }

  /**
   * Runs the commit with signals deferred: a signal received meanwhile waits until it is over.
   *
   * @param commit - record the journal, rename the run folder
   * @returns the commit's result
   */
  async commit<T>(commit: () => Promise<T>): Promise<T> {
    this.checkpoint();
    this.committing = true;
    try {
      return await commit();
    } finally {
      this.committing = false;
    }
  }

  /** Stops listening: the signals' default behaviour is back. */
  stop(): void {
    this.unlisten?.();
    this.unlisten = null;
  }

  private onSignal(signal: StopSignal): void {
    if (this.interrupted) return;
    if (this.committing) {
      this.deferred ??= signal;
      return;
    }
    this.interrupted = signal;
    for (const cleanup of [...this.cleanups].reverse()) {
      try {
        cleanup();
      } catch {
        // the next cleanup still runs
      }
    }
    const name = signal === "SIGINT" ? "Ctrl+C" : signal;
    this.print(`Interrompu (${name}) : ${this.leaves}`);
    this.source?.exit(SIGNAL_EXIT_CODE[signal]);
  }
}
