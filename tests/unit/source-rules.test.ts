/**
 * Rules about the source that no linter checks for us.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const srcDir = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("source rules", () => {
  // esbuild rewrites a regular expression literal with a Unicode property escape (\p{…}) as
  // `new RegExp(…)` for our targets (chrome120, node20), which inside a function compiles it again on
  // every call: the engine ran these on every token. A module-level constant is built once.
  it("keeps \\p{…} regular expressions in module-level constants", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (!/\/[^/\n]*\\p\{/.test(line) || /^\s*(?:\/\/|\*)/.test(line)) return;
        if (/^(?:export )?const [A-Z][A-Z0-9_]* = \/.*\/[a-z]*;$/.test(line)) return;
        // the formatter puts a long one on the line after its name
        if (
          /^(?:export )?const [A-Z][A-Z0-9_]* =$/.test(lines[i - 1] ?? "") &&
          /^\s+\/.*\/[a-z]*;$/.test(line)
        )
          return;
        offenders.push(`${relative(srcDir, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  // Page text is hostile input. Our code builds DOM with text nodes and preact only, never with HTML
  // strings: the only innerHTML in the bundles is preact's own support for dangerouslySetInnerHTML
  // (web-ext lint warns about it), which we never use.
  it("never writes HTML as a string (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML)", () => {
    const offenders = sourceFiles(srcDir).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${relative(srcDir, file)}:${i + 1}` }))
        .filter(({ line }) =>
          /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(line),
        )
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });
});
