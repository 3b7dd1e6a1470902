/**
 * Runs inside a Chromium page (real IndexedDB): fills a database with 10,000 annotations over
 * 1,000 pages through the extension's own store, then times what the popup and the library do.
 * Bundled and driven by scripts/bench-store.mjs.
 */
import type { Annotation } from "../../src/annotation/types";
import { TAXONOMY } from "../../src/annotation/validate";
import { toCsv } from "../../src/formats/csv";
import { parseImport, planImport } from "../../src/formats/import";
import { toJsonLd } from "../../src/formats/jsonld";
import { AnnotationStore } from "../../src/store/annotation-store";

const WORDS = (
  "council budget bridge river harbour mayor school ferry library levy orchard frost clinic " +
  "hospital election ballot court judge police report survey inspector engineer contract bid " +
  "road highway transit fare union strike wage tax rate vote hearing statement official " +
  "spokesperson minister senator governor agency data study estimate figure million percent"
).split(" ");

/** A seeded PRNG (mulberry32), so every run builds the same database. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function build(pages: number, perPage: number): Annotation[] {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const out: Annotation[] = [];
  for (let p = 0; p < pages; p++) {
    const site = `news${p % 40}.example`;
    const pageKey = `https://${site}/2026/story-${p}`;
    for (let i = 0; i < perPage; i++) {
      const t = new Date(Date.UTC(2026, 0, 1) + (p * perPage + i) * 60_000).toISOString();
      const start = i * 400 + Math.floor(rand() * 100);
      const exact = words(8 + Math.floor(rand() * 20));
      out.push({
        id: crypto.randomUUID(),
        pageKey,
        url: `${pageKey}?utm_source=bench`,
        title: `Story ${p}: ${words(5)}`,
        selectors: {
          quote: { exact, prefix: words(5), suffix: words(5) },
          position: { start, end: start + exact.length },
        },
        color: pick(["yellow", "green", "blue", "pink", "purple"] as const),
        note: rand() < 0.5 ? words(12) : "",
        tags: rand() < 0.6 ? [pick(TAXONOMY), ...(rand() < 0.3 ? [`beat-${p % 7}`] : [])] : [],
        ...(rand() < 0.4
          ? {
              claimRef: {
                kind: "direct",
                speaker: `Speaker ${p % 300}`,
                speakerType: "person",
                anonymous: false,
              },
            }
          : {}),
        created: t,
        updated: t,
      });
    }
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await work();
  return [performance.now() - t0, value];
}

async function usage(): Promise<number> {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: { indexedDB?: number };
  };
  return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
}

async function run(opts: { pages: number; perPage: number }) {
  const before = await usage();
  const list = build(opts.pages, opts.perPage);
  const store = await AnnotationStore.open({ name: "bench" });
  const [insertMs] = await time(async () => {
    for (let i = 0; i < list.length; i += 500) await store.putMany(list.slice(i, i + 500));
  });
  const dbBytes = (await usage()) - before;

  const keys = [...new Set(list.map((a) => a.pageKey))];
  const loads: number[] = [];
  for (let i = 0; i < 50; i++)
    loads.push((await time(() => store.forPage(keys[(i * 37) % keys.length]!)))[0]);

  const searches: Record<string, number[]> = { text: [], tag: [], site: [], speaker: [], combined: [] };
  for (let i = 0; i < 10; i++) {
    searches.text!.push((await time(() => store.search({ text: WORDS[i % WORDS.length]! })))[0]);
    searches.tag!.push((await time(() => store.search({ tag: TAXONOMY[i % TAXONOMY.length]! })))[0]);
    searches.site!.push((await time(() => store.search({ site: `news${i}.example` })))[0]);
    searches.speaker!.push((await time(() => store.search({ speaker: `Speaker ${i * 3}` })))[0]);
    searches.combined!.push((await time(() => store.search({ tag: "disputed", text: WORDS[i]! })))[0]);
  }
  const searchBy = Object.fromEntries(Object.entries(searches).map(([k, v]) => [k, median(v)]));

  // Export: read everything and write the JSON-LD file's text (what the library's Export does).
  const [exportMs, text] = await time(async () => JSON.stringify(toJsonLd(await store.all())));
  const [csvMs] = await time(async () => toCsv(await store.all()));
  store.close();

  // Import into an empty database: parse, validate, plan against what is there, write.
  const fresh = await AnnotationStore.open({ name: "bench-import" });
  const phases = { parseMs: 0, planMs: 0, writeMs: 0 };
  const [importMs, imported] = await time(async () => {
    const [parseMs, parsed] = await time(() => parseImport(text));
    if (!parsed.ok) throw new Error(parsed.error);
    const [planMs, plan] = await time(async () =>
      planImport(parsed.annotations, await fresh.existing(parsed.annotations.map((a) => a.id))),
    );
    const [writeMs] = await time(() => fresh.putMany(plan.toAdd));
    Object.assign(phases, { parseMs, planMs, writeMs });
    return plan.toAdd.length;
  });
  const count = await fresh.count();
  fresh.close();

  return {
    annotations: list.length,
    pages: keys.length,
    insertMs,
    loadPageMs: median(loads),
    loadPageMaxMs: Math.max(...loads),
    searchMs: Math.max(...Object.values(searchBy)),
    searchByKindMs: searchBy,
    dbBytes,
    exportMs,
    exportBytes: text.length,
    csvMs,
    importMs,
    importPhasesMs: phases,
    imported,
    importedCount: count,
  };
}

(globalThis as { runStoreBench?: typeof run }).runStoreBench = run;
