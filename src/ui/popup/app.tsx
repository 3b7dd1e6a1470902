/**
 * The toolbar popup: who said what on the current tab. It asks the tab's content script for its
 * report (the popup never reads the page itself) and tells it to scroll to a claim.
 */
import { useEffect, useState } from "preact/hooks";
import type { Annotation } from "../../annotation/types";
import { TAXONOMY } from "../../annotation/validate";
import { isSaid, sourceClass } from "../../engine/kinds";
import type { Claim } from "../../engine/types";
import { toMarkdown } from "../../formats/markdown";
import { onAnnotationsChanged } from "../../platform/annotation-changes";
import { browser } from "../../platform/browser";
import { sendToContent } from "../../platform/messages";
import type { PageReport } from "../../platform/report";
import { setSiteEnabled, siteKey } from "../../platform/site-settings";
import { download, type ExportFormat, exportFile } from "../library/transfer";
import { excerpt, exportFileName } from "../shared/format";
import { formatShare, type SpeakerGroup, whoSaidWhat } from "./who-said-what";

type State =
  | { phase: "loading" }
  | { phase: "unreachable" }
  | { phase: "ready"; tabId: number; report: PageReport };

/** The tab to report on: `?tab=ID` when given (tests, or a popup opened in a tab), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchReport(tabId: number): Promise<PageReport> {
  // The content script works at idle time: while it says "pending", ask again shortly.
  for (let i = 0; ; i++) {
    const report = await sendToContent(tabId, "popup/get-report", {});
    if (report.status !== "pending" || i >= 40) return report;
    await sleep(150);
  }
}

export function App() {
  const [state, setState] = useState<State>({ phase: "loading" });

  const load = async () => {
    const tabId = await targetTab();
    if (tabId === undefined) return setState({ phase: "unreachable" });
    try {
      setState({ phase: "ready", tabId, report: await fetchReport(tabId) });
    } catch {
      setState({ phase: "unreachable" });
    }
  };
  useEffect(() => {
    void load();
    // Annotations changed elsewhere (the page's toolbar, another tab, the library): show them.
    return onAnnotationsChanged(() => setTimeout(() => void load(), 100));
  }, []);

  if (state.phase === "loading") return <p class="muted pad">Reading the page…</p>;
  if (state.phase === "unreachable") {
    return (
      <Empty title="Sourcemark can’t read this tab">
        Browser pages and extension stores can’t be analysed. On a news site opened before Sourcemark was
        installed, reload the page.
      </Empty>
    );
  }
  const { report, tabId } = state;
  const toggle = async (enabled: boolean) => {
    await setSiteEnabled(report.host, enabled);
    if (enabled) await browser.tabs.reload(tabId);
    else setState({ ...state, report: { ...report, status: "disabled", claims: [], speakers: [] } });
  };
  return (
    <>
      <header>
        <h1>Who said what</h1>
        <p class="page-title" title={report.url}>
          {report.title || report.host}
        </p>
      </header>
      <Body report={report} tabId={tabId} onChange={() => void load()} />
      <UserHighlights report={report} tabId={tabId} />
      <PageExport report={report} />
      <SiteSwitch host={report.host} enabled={report.status !== "disabled"} onToggle={toggle} />
    </>
  );
}

function Body({ report, tabId, onChange }: { report: PageReport; tabId: number; onChange: () => void }) {
  switch (report.status) {
    case "disabled":
      return (
        <Empty title="Switched off on this site">Switch it back on below to see who said what here.</Empty>
      );
    case "not-article":
      return (
        <Empty title="No article here">
          Sourcemark looks for attributed claims in news articles. This page doesn’t look like one, so it left
          it alone.
        </Empty>
      );
    case "not-english":
      return (
        <Empty title="Not in English">Sourcemark finds claims in English-language news only, for now.</Empty>
      );
    case "error":
      return (
        <Empty title="Something went wrong">Sourcemark could not analyse this page: {report.error}</Empty>
      );
    case "pending":
      return <p class="muted pad">Still reading the page…</p>;
    default:
      return <Claims report={report} tabId={tabId} onChange={onChange} />;
  }
}

function Claims({ report, tabId, onChange }: { report: PageReport; tabId: number; onChange: () => void }) {
  const wsw = whoSaidWhat(report.claims, report.speakers);
  if (wsw.claimCount === 0) {
    return (
      <Empty title="No attributed claims found">
        Nothing on this page is quoted or reported as someone’s words. Opinion pieces, explainers and listings
        often have none.
      </Empty>
    );
  }
  const jump = (claim: Claim) => {
    void sendToContent(tabId, "popup/scroll-to-claim", { claimId: claim.id }).catch(() => {});
  };
  const [problem, setProblem] = useState<string | null>(null);
  const tag = async (claim: Claim, tagName: string) => {
    const result = await sendToContent(tabId, "popup/tag-claim", { claimId: claim.id, tag: tagName }).catch(
      (e: unknown) => ({
        ok: false as const,
        error: String(e),
      }),
    );
    setProblem(result.ok ? null : result.error);
    onChange();
  };
  const tagsOf = (claim: Claim) =>
    report.annotations.find(
      (a) => a.selectors.position.start === claim.start && a.selectors.position.end === claim.end,
    )?.tags ?? [];
  return (
    <main>
      <section class="summary" aria-label="Summary">
        <p>
          <strong>{wsw.claimCount}</strong> claim{wsw.claimCount === 1 ? "" : "s"} from{" "}
          <strong>{wsw.groups.length}</strong> source{wsw.groups.length === 1 ? "" : "s"}
        </p>
        <p class="anon-share" data-testid="anonymous-share">
          <span class="bar" aria-hidden="true">
            <span style={{ width: formatShare(wsw.anonymousShare).replace("<", "") }} />
          </span>
          {formatShare(wsw.anonymousShare)} rest on anonymous sources
        </p>
      </section>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <ul class="groups">
        {wsw.groups.map((g) => (
          <Group key={g.speaker.id} group={g} onJump={jump} onTag={tag} tagsOf={tagsOf} />
        ))}
      </ul>
      {wsw.refusals.length > 0 && (
        <p class="muted refusals">
          Declined to comment: {wsw.refusals.map((g) => g.speaker.name).join("; ")}
        </p>
      )}
    </main>
  );
}

interface GroupProps {
  group: SpeakerGroup;
  onJump: (c: Claim) => void;
  onTag: (c: Claim, tag: string) => void;
  tagsOf: (c: Claim) => string[];
}

function Group({ group, onJump, onTag, tagsOf }: GroupProps) {
  const { speaker, claims } = group;
  return (
    <li class={`group ${sourceClass(speaker)}`} data-testid="speaker" data-speaker-name={speaker.name}>
      <div class="who">
        <span class="name" data-testid="speaker-name">
          {speaker.name}
        </span>
        {speaker.anonymous && (
          <span
            class="badge anon"
            data-testid="anonymous-badge"
            title={
              speaker.anonymityReason ? `Reason given: ${speaker.anonymityReason.text}` : "No reason given"
            }
          >
            anonymous
          </span>
        )}
        {!speaker.anonymous && speaker.type === "organization" && <span class="badge org">organisation</span>}
        <span class="count" data-testid="claim-count" title={`${claims.length} claims`}>
          {claims.length}
        </span>
      </div>
      {(speaker.title || speaker.affiliation) && (
        <div class="role">{[speaker.title, speaker.affiliation].filter(Boolean).join(", ")}</div>
      )}
      {speaker.anonymous && speaker.anonymityReason && (
        <div class="reason">{speaker.anonymityReason.text}</div>
      )}
      <ol class="claims">
        {claims.map((c) => (
          <ClaimRow key={c.id} claim={c} tags={tagsOf(c)} onJump={onJump} onTag={onTag} />
        ))}
      </ol>
    </li>
  );
}

function ClaimRow({
  claim,
  tags,
  onJump,
  onTag,
}: {
  claim: Claim;
  tags: string[];
  onJump: (c: Claim) => void;
  onTag: (c: Claim, tag: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState("");
  const has = (t: string) => tags.some((x) => x.toLowerCase() === t.toLowerCase());
  return (
    <li class="claim-row">
      <div class="claim-line">
        <button
          type="button"
          class={`claim ${claim.kind}`}
          data-testid="claim"
          data-claim-id={claim.id}
          onClick={() => onJump(claim)}
        >
          {claim.kind === "direct" ? `“${excerpt(claim.text, 160)}”` : excerpt(claim.text, 160)}
        </button>
        <button
          type="button"
          class="tag-toggle"
          data-testid="tag-claim"
          aria-expanded={open}
          aria-label="Tag this claim"
          title="Tag this claim"
          onClick={() => setOpen(!open)}
        >
          #
        </button>
      </div>
      {tags.length > 0 && (
        <div class="tags" data-testid="claim-tags">
          {tags.map((t) => (
            <span key={t} class="chip">
              {t}
            </span>
          ))}
        </div>
      )}
      {open && (
        <fieldset class="tag-menu">
          <legend class="sr-only">Tags for this claim</legend>
          {TAXONOMY.map((t) => (
            <button
              key={t}
              type="button"
              class="chip"
              aria-pressed={has(t)}
              data-tag={t}
              onClick={() => onTag(claim, t)}
            >
              {t}
            </button>
          ))}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (custom.trim()) onTag(claim, custom.trim());
              setCustom("");
            }}
          >
            <input
              type="text"
              value={custom}
              placeholder="Your own tag…"
              aria-label="Your own tag"
              onInput={(e) => setCustom((e.currentTarget as HTMLInputElement).value)}
            />
          </form>
        </fieldset>
      )}
    </li>
  );
}

/** Exports this page's notes (and, in Markdown, who said what) as a file. */
function PageExport({ report }: { report: PageReport }) {
  if (report.annotations.length === 0) return null;
  const speakers = new Map(report.speakers.map((s) => [s.id, s]));
  const save = (format: ExportFormat) => {
    if (format !== "markdown")
      return download(exportFile(format, report.annotations, [], new Date(), report.title));
    const claims = report.claims.filter(isSaid).map((c) => {
      const s = speakers.get(c.speakerId);
      return {
        speaker: s?.name ?? "Unknown source",
        anonymous: s?.anonymous ?? false,
        kind: c.kind,
        text: c.text,
      };
    });
    download({
      name: exportFileName("md"),
      type: "text/markdown;charset=utf-8",
      text: toMarkdown([{ title: report.title, url: report.url, annotations: report.annotations, claims }]),
    });
  };
  return (
    <section class="export" aria-label="Export this page's notes">
      <span class="muted">Export notes:</span>
      <button type="button" data-testid="popup-export-jsonld" onClick={() => save("jsonld")}>
        JSON-LD
      </button>
      <button type="button" data-testid="popup-export-csv" onClick={() => save("csv")}>
        CSV
      </button>
      <button type="button" data-testid="popup-export-markdown" onClick={() => save("markdown")}>
        Markdown
      </button>
    </section>
  );
}

function UserHighlights({ report, tabId }: { report: PageReport; tabId: number }) {
  if (report.annotations.length === 0) return null;
  const orphans = new Set(report.orphans);
  const found = report.annotations.filter((a) => !orphans.has(a.id));
  const lost = report.annotations.filter((a) => orphans.has(a.id));
  const jump = (a: Annotation) =>
    void sendToContent(tabId, "popup/scroll-to-annotation", { annotationId: a.id }).catch(() => {});
  const item = (a: Annotation, reachable: boolean) => (
    <li key={a.id} data-testid="user-annotation" data-annotation-id={a.id} data-found={String(reachable)}>
      <button
        type="button"
        class={`claim note-item swatch-${a.color}`}
        disabled={!reachable}
        onClick={() => jump(a)}
      >
        “{excerpt(a.selectors.quote.exact, 120)}”
      </button>
      {a.note && <div class="note">{a.note}</div>}
      {a.tags.length > 0 && (
        <div class="tags">
          {a.tags.map((t) => (
            <span key={t} class="chip">
              {t}
            </span>
          ))}
        </div>
      )}
    </li>
  );
  return (
    <section class="mine" aria-label="Your highlights">
      <h2>Your highlights ({report.annotations.length})</h2>
      <ul>{found.map((a) => item(a, true))}</ul>
      {lost.length > 0 && (
        <>
          <h3 data-testid="orphans-heading">Not found on this version of the page</h3>
          <ul class="orphans">{lost.map((a) => item(a, false))}</ul>
        </>
      )}
    </section>
  );
}

function Empty({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <div class="empty" data-testid="empty-state">
      <h2>{title}</h2>
      <p>{children}</p>
    </div>
  );
}

function SiteSwitch({
  host,
  enabled,
  onToggle,
}: {
  host: string;
  enabled: boolean;
  onToggle: (on: boolean) => void;
}) {
  if (!host) return null;
  return (
    <footer>
      <label>
        <input
          type="checkbox"
          data-testid="site-toggle"
          checked={enabled}
          onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
        />{" "}
        Find claims on <strong>{siteKey(host)}</strong>
      </label>
    </footer>
  );
}
