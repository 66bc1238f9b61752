// figure extractor — placeholder until its rules land: finds nothing.
import type { Extractor } from "../types.js";

export const figureExtractor: Extractor<"figure"> = {
  name: "figure",
  type: "figure",
  blockedBy: [],
  extract() {
    return [];
  },
};
