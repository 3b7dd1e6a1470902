#!/usr/bin/env node
// Derives the attitude-cue lexicon (src/engine/lexicon/attitudes.json) from the PolNeAR TRAIN split:
// for every word form, how often it lies inside an annotated cue span against how often it occurs.
// Keeps forms that are cues often enough (rate and count thresholds below), that the hand-made lexicon
// (cues.json) lacks, and sorts them into verbs ("X railed against ...") and nouns ("X's assertion
// that ...") by what stands before them when they are cues: a possessive or a determiner makes a noun.
// Only word forms and counts are written, never text of the corpus.
//   node scripts/derive-cues.mjs [--train FILE] [--min-count 3] [--min-rate 0.25]   (then npx biome check --write)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { opt, root, trainFile } from "./lib/derive-args.mjs";

const minCount = Number(opt("--min-count", 3));
const minRate = Number(opt("--min-rate", 0.25));
// nominal cues are rarer: judged on fewer cases
const minNoun = Number(opt("--min-noun-count", 3));
const nounRate = Number(opt("--min-noun-rate", 0.3));
// word shapes that are not verbs ("criticism", "statement", "footage") or not nouns ("controversial")
const NOUN_SUFFIX = /(?:ion|ism|ment|age|aints|ness|ity)$/;
const ADJECTIVE = /(?:al|ed|ing|ic|ous|ive|est|ful|er|ear)$/;

const docs = JSON.parse(readFileSync(trainFile, "utf8"));
const cues = JSON.parse(readFileSync(join(root, "src", "engine", "lexicon", "cues.json"), "utf8"));
const known = new Set(
  ["speech", "belief", "stance", "callVerbs", "needsComplement", "tellVerbs"]
    .flatMap((k) => cues[k])
    .map((w) => w.toLowerCase()),
);
const refusals = /^(?:declin|refus|respond|comment)/;
// function words, adverbs and auxiliaries that ride inside cue spans ("has repeatedly said")
const skip =
  /^(?:a|an|the|to|of|in|on|for|about|with|by|as|at|from|that|this|and|but|or|not|no|also|has|have|had|is|are|was|were|be|been|being|will|would|could|should|can|may|might|did|does|do|it|he|she|they|his|her|their|its|who|which|what|than|more|most|so|very|even|just|out|up|into|like)$/;

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const occ = new Map();
const inCue = new Map();
const nounish = new Map();
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
// a possessive source right before the word (an adjective may come between): "Lee's claim", "his view"
const POSS_BEFORE =
  /(?:\p{Lu}\p{L}*['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur))\s+(?:\p{Ll}+(?:al|ed|ing|ic|ous|ive|ent|est|ful)\s+)?$/u;
const possOcc = new Map();

// verb + preposition cues ("called for", "talked about", "pointed to"): the object of the preposition
// is the content. Counted as bigrams: inside a cue span against anywhere in the text.
const PREPS = new Set(["for", "about", "on", "to", "of", "with", "against", "at", "over"]);
const pairIn = new Map();
const pairAll = new Map();

for (const doc of docs) {
  // gold offsets are code points: index the text by code points
  const text = [...doc.text].join("");
  const cps = [...doc.text];
  const cueAt = new Uint8Array(cps.length + 1);
  for (const c of doc.claims) for (const s of c.cue) for (let i = s.start; i < s.end; i++) cueAt[i] = 1;
  // code-point offset of each UTF-16 index
  const cpOf = new Int32Array(text.length + 1);
  for (let u = 0, cp = 0; cp < cps.length; cp++) {
    for (let k = 0; k < cps[cp].length; k++) cpOf[u + k] = cp;
    u += cps[cp].length;
  }
  let prev = null;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (prev && PREPS.has(w) && m.index - prev.end <= 1) {
      const key = `${prev.w} ${w}`;
      bump(pairAll, key);
      // the pair is the cue's end: both words in the span, the word after it not
      if (cueAt[cpOf[prev.index]] && cueAt[cpOf[m.index]] && !cueAt[cpOf[m.index + w.length] + 1])
        bump(pairIn, key);
    }
    prev = { w, index: m.index, end: m.index + m[0].length };
    bump(occ, w);
    const poss = POSS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (poss) bump(possOcc, w);
    if (cueAt[cpOf[m.index]]) {
      bump(inCue, w);
      if (poss) bump(nounish, w);
    }
  }
}

const SAY_TELL = /^(?:say|says|said|saying|tell|tells|told|telling)$/;
const verbs = [];
const nouns = [];
const usable = (w) =>
  !skip.test(w) && !refusals.test(w) && !/ly$|['’]/.test(w) && w.length >= 3 && w !== "according";
for (const [w, n] of inCue) {
  const total = occ.get(w) ?? 0;
  if (!usable(w)) continue;
  // nominal cues: judged by their occurrences after a possessive ("his claim", "Lee's view")
  const pn = nounish.get(w) ?? 0;
  if (pn >= minNoun && pn / (possOcc.get(w) ?? 1) >= nounRate && !ADJECTIVE.test(w)) nouns.push(w);
  else if (n >= minCount && n / total >= minRate && !known.has(w) && pn / n <= 0.3 && !NOUN_SUFFIX.test(w))
    verbs.push(w);
}
verbs.sort();
nouns.sort();
const withParticle = {};
for (const [key, n] of [...pairIn].sort()) {
  const [w, p] = key.split(" ");
  // "said about half of ...": say and tell keep their own reading
  if (n < minCount || n / (pairAll.get(key) ?? n) < minRate || !usable(w) || PREPS.has(w) || SAY_TELL.test(w))
    continue;
  withParticle[w] = [...(withParticle[w] ?? []), p];
}
const out = {
  $comment:
    "Derived by scripts/derive-cues.mjs from the PolNeAR train split (word forms that are annotated cues at least " +
    `${minCount} times and in at least ${Math.round(minRate * 100)}% of their occurrences, missing from cues.json). ` +
    "'verbs' act as attitude verbs (belief claims: 'X railed against Y'); 'nouns' as nominal cues after a possessive " +
    "source ('X's assertion that ...'); 'withParticle' verb forms are cues with one of their prepositions, whose " +
    "object is the content ('X called for Y'). Regenerate rather than edit by hand.",
  verbs,
  nouns,
  withParticle,
};
writeFileSync(join(root, "src", "engine", "lexicon", "attitudes.json"), `${JSON.stringify(out, null, 2)}\n`);
console.log(`${verbs.length} verbs, ${nouns.length} nouns`);
console.log("verbs:", verbs.join(" "));
console.log("nouns:", nouns.join(" "));
console.log(
  "with a preposition:",
  Object.entries(withParticle)
    .map(([w, ps]) => `${w} ${ps.join("/")}`)
    .join(", "),
);
