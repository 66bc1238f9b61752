// directive extractor — placeholder until its rules land: finds nothing.
import type { Extractor } from "../types.js";

export const directiveExtractor: Extractor<"directive"> = {
  name: "directive",
  type: "directive",
  blockedBy: [],
  extract() {
    return [];
  },
};
