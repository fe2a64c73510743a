// Saves a step's values to the server ~800 ms after the last change, when the step is left, and on demand
// (flush), one save at a time so each save carries the version the previous one returned.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-error.ts';

export type AutosaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'failed'; error: unknown }
  | { status: 'conflict' };

type Options<T> = {
  value: T;
  save: (value: T) => Promise<void>;
  /** A 409 STALE_VERSION: another tab saved first. The step reloads the filing and calls `reset` with it. */
  onConflict: () => void;
  /** A save that failed for any other reason (e.g. field errors to place). */
  onError?: (error: unknown) => void;
  enabled?: boolean;
  delay?: number;
};

export function useAutosave<T>({ value, save, onConflict, onError, enabled = true, delay = 800 }: Options<T>) {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const json = JSON.stringify(value);
  const latest = useRef({ value, json });
  latest.current = { value, json };
  const saved = useRef(json);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const callbacks = useRef({ save, onConflict, onError });
  callbacks.current = { save, onConflict, onError };

  const run = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    // One save at a time: the next starts from the version the running one returns.
    if (inFlight.current) return inFlight.current.then(() => run());
    const { value: snapshot, json: snapshotJson } = latest.current;
    if (snapshotJson === saved.current) return Promise.resolve(true);
    setState({ status: 'saving' });
    const attempt = callbacks.current
      .save(snapshot)
      .then(() => {
        saved.current = snapshotJson;
        setState(latest.current.json === snapshotJson ? { status: 'saved', at: new Date() } : { status: 'pending' });
        return true;
      })
      .catch((error: unknown) => {
        if (isApiError(error, 'STALE_VERSION')) {
          setState({ status: 'conflict' });
          callbacks.current.onConflict();
        } else {
          setState({ status: 'failed', error });
          callbacks.current.onError?.(error);
        }
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = attempt;
    return attempt;
  }, []);

  // Every change restarts the quiet period; a failed save waits for the next change or an explicit retry.
  useEffect(() => {
    if (!enabled || json === saved.current) return;
    setState((current) => (current.status === 'saving' ? current : { status: 'pending' }));
    timer.current = setTimeout(() => void run(), delay);
    return () => clearTimeout(timer.current);
  }, [json, enabled, delay, run]);

  // Leaving the step (another step, another page) saves what is still pending.
  useEffect(
    () => () => {
      if (latest.current.json !== saved.current) void run();
    },
    [run],
  );

  // Closing or reloading the tab with unsaved changes asks first; the browser words the question.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.json !== saved.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  /** Takes `next` as what the server now holds (after loading a newer version), so it is not sent back. */
  const reset = useCallback((next: T) => {
    clearTimeout(timer.current);
    saved.current = JSON.stringify(next);
  }, []);

  return { state, flush: run, reset };
}
