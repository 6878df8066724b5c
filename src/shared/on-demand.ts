/**
 * A file of the build loaded on demand (the content checker, the guide's catalogue list, the
 * questionnaire's picker): `get` for a synchronous render once it is here, `load` to fetch it once
 * (a failed load is tried again on the next call), `provide` for a server, whose renderer renders
 * synchronously and is given the module up front (src/server.ts). `importer` must be a literal
 * `() => import('./file.js')` in the caller, so that the build sees and writes the file.
 */
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
