/**
 * Gets a freshly started background ready for the first real page. Run once per background
 * lifetime, when an early content script says an article is loading (content/early.ts): the finder
 * and the engine analyse a small invented article, so that V8 has parsed and compiled their code and
 * regular expressions before the page's snapshot arrives. The page's own request then meets warm
 * code. Measured with `npm run bench:page -- --cold`.
 */
import type { Analysis } from "../engine/types";
import type { Snapshot, SnapshotItem } from "../page/snapshot";
import { analysePageJson } from "./analysis";

/** An invented article with the constructions the engine looks for (quotes, reported speech, sourcing). */
const PARAGRAPHS = [
  "The harbour authority said on Tuesday that the new ferry terminal would open in the spring.",
  "“We are ready for the first passengers,” said Ilse Marwood, the authority’s director of operations. “The crews have trained all winter.”",
  "According to a city official who was not authorized to speak publicly, the budget grew by a third. Two people familiar with the plans said the opening could slip.",
  "Marwood told reporters the delays were “behind us,” adding that the contractor had met every deadline since June.",
  "The contractor, Dunmore Marine, declined to comment. The Coastal Gazette first reported the overrun last month.",
];

function sampleSnapshot(): Snapshot {
  const tree: SnapshotItem[] = [
    ["body", 0],
    ["article", { class: "story" }],
    ["h1", 0],
    "Ferry terminal to open in spring",
    0,
  ];
  for (const p of PARAGRAPHS) tree.push(["p", 0], p, 0);
  tree.push(0, 0);
  return { title: "Ferry terminal to open in spring", meta: {}, tree };
}

let ready = false;

/**
 * Warms the finder and the engine once, answering the sample's analysis (so a test can check that the
 * warm-up exercises them); later calls do nothing and answer null.
 */
export function warmUp(): Analysis | null {
  if (ready) return null;
  ready = true;
  // The very path a page's snapshot takes (JSON in, finder, engine, JSON out).
  const answer = analysePageJson(JSON.stringify(sampleSnapshot()));
  return answer.ok ? ((JSON.parse(answer.value) as { analysis?: Analysis }).analysis ?? null) : null;
}
