// chrono-node's Vietnamese locale (`chrono-node/vi`, not the whole package), loaded once.
//
// Loaded through Node's own resolution (`createRequire`) rather than a static import: Vite 7,
// which runs the test suites, resolves "chrono-node/vi" through chrono's "./*/*" export
// pattern instead of "./*" (resolve.exports reads the second "*" as a regex quantifier) and
// fails to find locales/vi/vi/index.js. Node resolves it correctly, to the CommonJS build of the
// same locale. Types come from the same entry point.
import { createRequire } from "node:module";

export type { Parser, ParsingComponents, ParsingOption, ParsingResult, Refiner } from "chrono-node/vi";

export const vi: typeof import("chrono-node/vi") = createRequire(import.meta.url)("chrono-node/vi");
