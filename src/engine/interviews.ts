/**
 * Question-and-answer interviews ("Q: ... A: ...", or questions set apart without labels): whose words
 * the answers are. The answers carry no frame of their own; the introduction names the person the
 * interview is with.
 */
import type { BlockInfo } from "./block-grammar";
import type { NameSeen } from "./coreference";
import interviewWords from "./lexicon/interviews.json" with { type: "json" };
import { type Mention, parseSpeakerNP } from "./mentions";

/** An interview's label: "Q:", "A:", "Q.", "Question:", "Answer:". */
const QA_LABEL = /^(?:q|a|question|answer)$/i;
const INTRO_WORDS = new Set(interviewWords.intro);
const FIRST_PERSON = new Set(interviewWords.firstPerson);
/** The most words a question paragraph of an unlabelled interview has. */
const MAX_QUESTION_WORDS = 40;
/** The fewest questions that make an unlabelled interview (a feature may ask one or two itself). */
const MIN_QUESTIONS = 3;

/** Does block `b` end with "?" (before trailing white space)? Asked of every block of every text: no copy. */
function endsAsQuestion(text: string, b: BlockInfo): boolean {
  let e = b.end;
  while (e > b.start && WHITE.test(text[e - 1]!)) e--;
  return e > b.start && text.charCodeAt(e - 1) === 63; // ?
}
const WHITE = /\s/;

/**
 * The labels of an interview printed without them: short paragraphs ending "?" each followed by an
 * answer, at least three, after an introduction that announces an interview ("She spoke to us ...",
 * "edited for length"), with answers mostly in the first person (an explainer's questions are
 * answered in the author's voice). Null when the blocks do not read so.
 */
function unlabelled(text: string, blocks: BlockInfo[]): string[] | null {
  const words = (b: BlockInfo) => b.tokens.filter((t) => t.t === "w");
  const labels: string[] = blocks.map((b) =>
    endsAsQuestion(text, b) && words(b).length <= MAX_QUESTION_WORDS ? "q" : "",
  );
  const firstQ = labels.indexOf("q");
  if (firstQ < 1) return null;
  let questions = 0;
  let firstPerson = 0;
  let since = 0;
  for (let i = firstQ; i < blocks.length; i++) {
    if (labels[i] !== "q") {
      since++;
      continue;
    }
    // each question has its answer, and the questions come close together
    if (labels[i + 1] !== "" || i + 1 >= blocks.length || (questions > 0 && since > 3)) return null;
    labels[i + 1] = "a";
    questions++;
    // (the first person inside quotation marks is a quoted source's, not the answer's own)
    const answer = blocks[i + 1]!;
    if (!answer.quotes.length && words(answer).some((t) => FIRST_PERSON.has(t.l))) firstPerson++;
    since = 0;
    i++;
  }
  if (questions < MIN_QUESTIONS || firstPerson * 2 < questions) return null;
  const intro = blocks.slice(0, firstQ).some((b) => words(b).some((t) => INTRO_WORDS.has(t.l)));
  return intro ? labels : null;
}

/**
 * A question-and-answer interview: blocks opening "Q:" and "A:". The answers are the words of the
 * person the introduction (the blocks before the first question, bylines aside) names most often,
 * the earliest on a tie; a paragraph between an answer and the next question goes on with the
 * answer. `answers` maps each answer block to the first token of its words.
 */
export function interviewOf(
  text: string,
  blocks: BlockInfo[],
  names: NameSeen[],
): { who: Mention; answers: Map<number, number> } | null {
  const label = (b: BlockInfo) => {
    const t0 = b.tokens[0];
    const t1 = b.tokens[1];
    if (t0?.t !== "w" || !QA_LABEL.test(t0.text) || t0.text === t0.l || !t1 || !/^[:.]$/.test(t1.text))
      return "";
    // ("A. Lee said", "A. The council": an initial or an article, not a label, unless a colon follows)
    if (t1.text === "." && t0.l === "a") return "";
    return t0.l.charAt(0);
  };
  let labels = blocks.map(label);
  let skip = 2;
  if (!labels.includes("q") && !labels.includes("a")) {
    labels = unlabelled(text, blocks) ?? labels;
    skip = 0;
  }
  const firstQ = labels.indexOf("q");
  if (firstQ < 1 || !labels.includes("a")) return null;
  // the interviewee: the person named most often in the introduction
  const introEnd = blocks[firstQ]!.start;
  const counts = new Map<string, { n: number; seen: NameSeen }>();
  for (const nm of names) {
    if (nm.start >= introEnd || !nm.person || nm.org || nm.words.length < 1) continue;
    const b = blocks.find((x) => x.start <= nm.start && nm.start < x.end);
    if (!b || /^by$/i.test(b.tokens[0]?.text ?? "")) continue;
    const key = nm.words[nm.words.length - 1]!;
    const c = counts.get(key);
    if (c) {
      c.n++;
      if (nm.words.length > c.seen.words.length) c.seen = nm;
    } else counts.set(key, { n: 1, seen: nm });
  }
  let top: { n: number; seen: NameSeen } | undefined;
  for (const c of counts.values()) if (c.seen.words.length > 1 && (!top || c.n > top.n)) top = c;
  if (!top) return null;
  const b = blocks.find((x) => x.start <= top.seen.start && top.seen.start < x.end)!;
  const toks = b.tokens.filter((x) => x.start >= top.seen.start && x.end <= top.seen.end);
  const who = parseSpeakerNP(toks, text, true);
  if (who?.kind !== "name") return null;
  const answers = new Map<number, number>();
  let inAnswer = false;
  for (let i = firstQ; i < blocks.length; i++) {
    if (labels[i] === "a") {
      answers.set(i, skip);
      inAnswer = true;
    } else if (labels[i] === "q") inAnswer = false;
    // (only up to a later question: after the last answer the story's own text may resume)
    else if (inAnswer && labels.indexOf("q", i) > i) answers.set(i, 0);
    else inAnswer = false;
  }
  return answers.size ? { who, answers } : null;
}
