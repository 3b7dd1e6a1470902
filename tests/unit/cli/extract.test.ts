import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = resolve(__dirname, "../../../bin/sourcemark.mjs");
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE =
  "Town Pool Will Close, Mayor Says\n\nThe town pool will close in September, Mayor Ellen Park said on Monday.\n\n“We cannot pay for the repairs this year,” Park said.";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sourcemark-cli-"));
  writeFileSync(join(dir, "story.txt"), ARTICLE);
  // windows-1252: 0x93/0x94 are curly double quotes, 0xE9 is é
  const html =
    '<!doctype html><html><head><meta charset="windows-1252"><title>Caf\xe9 closes</title></head><body><article>' +
    "<h1>Caf\xe9 on Main Street Closes</h1>" +
    "<p>The caf\xe9 on Main Street will close after forty years, its owner, Rosa Diaz, said on Friday.</p>" +
    "<p>\x93We served three generations of the same families,\x94 Diaz said. \x93It is time to rest.\x94</p>" +
    "<p>The building will be sold to the county, according to the town clerk, Mark Hill.</p>" +
    "</article></body></html>";
  writeFileSync(join(dir, "cafe.html"), Buffer.from(html, "latin1"));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 owner Rosa Diaz said it was over.", "latin1"));
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sourcemark extract", () => {
  it("prints usage with --help", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: sourcemark extract FILE\.\.\. --json/);
  });

  it("extracts claims from a .txt file with offsets into the text", () => {
    const r = run("extract", "story.txt", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Array.isArray(j.claims)).toBe(true);
    const q = j.claims.find((c: { text: string }) => c.text.includes("We cannot pay"));
    expect(q.kind).toBe("direct");
    expect(q.speaker.name).toBe("Ellen Park");
    expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
    expect(ARTICLE.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    expect(ARTICLE.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  });

  it("decodes an HTML page by its declared charset", () => {
    const r = run("extract", "cafe.html", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const q = j.claims.find((c: { text: string }) => c.text.includes("three generations"));
    expect(q).toBeDefined();
    expect(q.kind).toBe("direct");
    expect(q.speaker.name).toBe("Rosa Diaz");
    expect(j.claims.some((c: { text: string }) => c.text.includes("café on Main Street"))).toBe(true);
  });

  it("prints one JSON object per line for several files", () => {
    const r = run("extract", "story.txt", "cafe.html", "--json");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(JSON.parse(l).claims.length).toBeGreaterThan(0);
  });

  it("writes DIR/<name>.json with --out", () => {
    const r = run("extract", "story.txt", "cafe.html", "--json", "--out", "pred");
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "pred", "story.json"), "utf8")).claims.length).toBeGreaterThan(
      0,
    );
    expect(JSON.parse(readFileSync(join(dir, "pred", "cafe.json"), "utf8")).claims.length).toBeGreaterThan(0);
  });

  it("reports bad files on stderr, goes on with the others and exits non-zero", () => {
    const r = run(
      "extract",
      "missing.txt",
      "binary.txt",
      "story.txt",
      "empty.txt",
      "latin1.txt",
      "--json",
      "--out",
      "pred2",
    );
    expect(r.code).not.toBe(0);
    const errs = r.err.trim().split("\n");
    expect(errs).toHaveLength(4);
    expect(errs[0]).toMatch(/missing\.txt/);
    expect(errs[1]).toMatch(/binary\.txt/);
    expect(errs[2]).toMatch(/empty\.txt/);
    expect(errs[3]).toMatch(/latin1\.txt.*UTF-8/);
    expect(JSON.parse(readFileSync(join(dir, "pred2", "story.json"), "utf8")).claims.length).toBeGreaterThan(
      0,
    );
  });

  it("rejects an unknown command", () => {
    expect(run("frobnicate").code).toBe(2);
  });
});
