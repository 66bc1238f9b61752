// partner extractor — placeholder until its rules land: finds nothing.
import type { Extractor } from "../types.js";

export const partnerExtractor: Extractor<"partner"> = {
  name: "partner",
  type: "partner",
  blockedBy: [],
  extract() {
    return [];
  },
};
