"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server-rendered HTML, true once React runs in the browser. Buttons that only work
 * with JavaScript (open a panel, confirm a step) stay disabled until then, so an early click is
 * not silently lost on a slow connection.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
