// STUB (word segmentation helper replaces): segmentWords.
import type { Span } from "../../core/types";

export function segmentWords(_text: string): Span[] {
  return [];
}
