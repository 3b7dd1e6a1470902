/** `sourcemark extract`: run the engine on .html or .txt files and write one JSON per file. */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { analyze, toClaimJson } from "../engine/index";
import type { ClaimJson } from "../engine/types";
import { buildTextModel } from "../page/text-model";
import { decodeHtml, decodeText, looksBinary } from "./decode";

const HTML_EXT = new Set([".html", ".htm", ".xhtml", ".shtml"]);

export class InputError extends Error {}

/** The article text of a file: the TextModel text of an HTML page, or a text file as it is. */
export async function textOf(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : `cannot read (${code ?? e})`,
    );
  }
  if (bytes.length === 0) throw new InputError("empty file");
  if (looksBinary(bytes)) throw new InputError("binary file, not text or HTML");
  if (HTML_EXT.has(extname(file).toLowerCase())) {
    const html = decodeHtml(bytes);
    const { document } = parseHTML(html);
    const model = buildTextModel(document as unknown as Document);
    return model.text;
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    throw new InputError("not valid UTF-8");
  }
  if (!text.trim()) throw new InputError("empty file");
  return text;
}

/** The claims of one file, in the CLI's JSON contract. */
export async function extractFile(file: string): Promise<{ claims: ClaimJson[] }> {
  const text = await textOf(file);
  return { claims: toClaimJson(analyze(text)) };
}
