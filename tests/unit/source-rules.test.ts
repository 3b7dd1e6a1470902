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
});
