/**
 * `load` run once for the page, its promise shared by every caller: a chunk fetched by
 * import() that each graphic on the page may ask for. A failure is not kept: the next call
 * tries again (a network blip).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
