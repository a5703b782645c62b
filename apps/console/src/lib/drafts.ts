import { useCallback, useState } from 'react';

// What an agent typed survives a failed request and a reload: drafts live in the tab's
// sessionStorage (gone when the tab closes, never shared with another tab or person).

const PREFIX = 'console.draft.';

export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or disabled storage only costs the draft.
  }
}

export function clearDraft(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}

/** A draft written on every change; `clear` it once the request succeeded. */
export function useDraft<T>(key: string, initial: T): { draft: T; save: (value: T) => void; clear: () => void } {
  const [draft] = useState<T>(() => readDraft<T>(key) ?? initial);
  const save = useCallback((value: T) => writeDraft(key, value), [key]);
  const clear = useCallback(() => clearDraft(key), [key]);
  return { draft, save, clear };
}
