/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse says so differently in each
 * engine (and some say only a character offset), so after it fails we scan the text once more with
 * this small checker to tell the user "line 3, column 14: expected ',' or '}'".
 */

export interface JsonSyntaxError {
  /** 1-based line (lines end at LF, CRLF or CR). */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** What was expected or found, in plain words. */
  message: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

function show(ch: string | undefined): string {
  if (ch === undefined) return "the end of the file";
  const code = ch.charCodeAt(0);
  if (code < 0x20 || code === 0x7f)
    return `a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
  return `'${ch}'`;
}

/** Scans `s` as JSON; returns null when it is valid, else the first error's place. */
export function findJsonSyntaxError(s: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\r")) i++;
  };
  const fail = (what: string): never => {
    throw new Stop(i, `${what}, found ${show(s[i])}`);
  };
  const str = () => {
    i++; // opening quote
    for (;;) {
      const ch = s[i];
      if (ch === undefined) throw new Stop(i, "the text ends inside a string (a closing '\"' is missing)");
      if (ch === '"') {
        i++;
        return;
      }
      if (ch.charCodeAt(0) < 0x20) throw new Stop(i, `${show(ch)} inside a string; write it as an escape`);
      if (ch === "\\") {
        const e = s[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else throw new Stop(i, "an invalid escape sequence in a string");
      } else i++;
    }
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (!m || m[0] === "-") fail("expected a value");
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 1000) throw new Stop(i, "the data is nested too deeply");
    ws();
    const ch = s[i];
    if (ch === "{") {
      i++;
      ws();
      if (s[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (s[i] !== '"')
          fail(
            s[i] === "}"
              ? "a trailing comma before '}'; expected a property name"
              : "expected a property name in double quotes",
          );
        str();
        ws();
        if (s[i] !== ":") fail("expected ':' after a property name");
        i++;
        value(depth + 1);
        ws();
        if (s[i] === ",") {
          i++;
          continue;
        }
        if (s[i] === "}") {
          i++;
          return;
        }
        fail("expected ',' or '}' after a property value");
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (s[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (s[i] === "]") fail("a trailing comma before ']'; expected a value");
        value(depth + 1);
        ws();
        if (s[i] === ",") {
          i++;
          continue;
        }
        if (s[i] === "]") {
          i++;
          return;
        }
        fail("expected ',' or ']' after a list item");
      }
    }
    if (ch === '"') {
      str();
      return;
    }
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) {
      num();
      return;
    }
    for (const lit of ["true", "false", "null"]) {
      if (s.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    fail("expected a value");
  };
  try {
    value(0);
    ws();
    if (i < s.length) fail("expected the end of the file after the data");
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ...lineColumn(s, e.at), message: e.message };
  }
}

/** 1-based line and column of offset `at` in `s`. */
export function lineColumn(s: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < at && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || (c === 13 && s.charCodeAt(k + 1) !== 10)) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}
