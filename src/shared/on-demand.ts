/**
 * A file of the build loaded on demand (the content checker, the guide's catalogue list, the
 * questionnaire's picker): `get` for a synchronous render once it is here, `load` to fetch it once
 * (a failed load is tried again on the next call), `provide` for a server, whose renderer renders
 * synchronously and is given the module up front (src/server.ts). `importer` must be a literal
 * `() => import('./file.js')` in the caller, so that the build sees and writes the file.
 */
import type { ReactiveControllerHost } from 'lit';

export interface OnDemand<T, M> {
  get(): T | undefined;
  load(): Promise<T>;
  provide(module: M): void;
}

export function onDemand<M, T>(importer: () => Promise<M>, init: (module: M) => T): OnDemand<T, M> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: () => loaded,
    load() {
      pending ??= importer().then(
        (module) => (loaded = init(module)),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    provide(module) {
      loaded = init(module);
    },
  };
}

/**
 * An element's side of such a file (the guide's catalogue list, the questionnaire's picker): the
 * load starts when a render needs it and the element renders again when it arrives or fails. After
 * a failure nothing loads again until "Réessayer" (`retry`): a missing file must not be fetched on
 * every render.
 */
export class HostLoad {
  /** The load on its way, if any (the element's `updateComplete` waits for it). */
  pending?: Promise<void>;
  #failed = false;

  constructor(
    private host: ReactiveControllerHost,
    private file: OnDemand<unknown, never>,
    /** What the console names when the load fails, e.g. "<cqp-vae-guide>: the catalogue list". */
    private what: string,
  ) {}

  /** Starts loading unless the file is here, on its way, or failed. */
  request(): void {
    if (this.file.get() || this.pending || this.#failed) return;
    this.pending = this.file.load().then(
      () => {
        this.pending = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending = undefined;
        this.#failed = true;
        console.error(`${this.what} could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
        this.host.requestUpdate();
      },
    );
  }

  /** After a failed load, what "Réessayer" does: the next render loads again. */
  get retry(): (() => void) | undefined {
    if (!this.#failed) return undefined;
    return () => {
      this.#failed = false;
      this.host.requestUpdate();
    };
  }
}
