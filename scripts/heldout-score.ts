// npx tsx scripts/heldout-score.ts [--details]: the held-out set (see scripts/score-set.ts).
process.argv.splice(2, 0, "heldout");
await import("./score-set.js");
