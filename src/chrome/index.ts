// STUB (chrome/article helper replaces): stripChrome.
import type { RemovedBlock } from "../core/types";

export function stripChrome(text: string): { text: string; removed: RemovedBlock[] } {
  return { text, removed: [] };
}
