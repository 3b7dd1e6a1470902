/** The command line: `sourcemark extract FILE... --json [--out DIR]`. */
import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { extractFile, InputError } from "./extract";

export const USAGE = `Usage: sourcemark extract FILE... --json [--out DIR]

Find attributed claims (who said what) in news articles.

  FILE        an .html page (decoded by its declared charset, UTF-8 when none)
              or a .txt file (UTF-8; offsets are JavaScript string indices into it)
  --json      print JSON: { "claims": [ ... ] } per file (the only output format)
  --out DIR   write DIR/<file name without extension>.json instead of printing;
              without it, one file prints one JSON object, several print one per line
  --help      show this help

Exit status: 0 when every file was read, 1 when any file failed (each failure is
one line on stderr naming the file), 2 for a usage error.`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Run the CLI; resolves to the exit status. */
export async function main(
  argv: string[],
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h") || argv.length === 0) {
    io.out(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const [cmd, ...rest] = argv;
  if (cmd !== "extract") {
    io.err(`sourcemark: unknown command ${JSON.stringify(cmd)}\n${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  let outDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--json") continue;
    if (a === "--out") {
      outDir = rest[++i];
      if (!outDir) {
        io.err("sourcemark: --out needs a directory\n");
        return 2;
      }
    } else if (a.startsWith("--out=")) outDir = a.slice(6);
    else if (a.startsWith("--")) {
      io.err(`sourcemark: unknown option ${a}\n`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    io.err(`sourcemark: no input files\n${USAGE}\n`);
    return 2;
  }
  if (outDir) await mkdir(outDir, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const result = await extractFile(file);
      const json = JSON.stringify(result);
      if (outDir) await writeFile(join(outDir, `${basename(file, extname(file))}.json`), `${json}\n`);
      else io.out(`${json}\n`);
    } catch (e) {
      failed++;
      const why = e instanceof InputError ? e.message : `failed: ${(e as Error)?.message ?? e}`;
      io.err(`sourcemark: ${file}: ${why}\n`);
    }
  }
  return failed ? 1 : 0;
}
