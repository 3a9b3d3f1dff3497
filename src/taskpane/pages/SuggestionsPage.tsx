import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  SpinButton,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { memo, useId, useState, type ReactNode } from "react";
import { clusterOutcomeLines, type AcceptResult } from "../../app/accept-outcome";
import { MAX_CLUSTERS } from "../../core/suggest/limits";
import type { SuggestStage } from "../../core/suggest/types";
import { UserFacingError, type MessageKey } from "../../model/i18n/messages";
import { useTaskPane } from "../app-context";
import { useLanguage, useTranslate, type Translate } from "../i18n";
import { suggestInWorker } from "../suggest-worker-client";
import {
  acceptAll,
  acceptedSuggestions,
  decideCluster,
  decideLabel,
  decideOverlap,
  mergeClusters,
  moveRecommendation,
  nothingAccepted,
  overlapsInCluster,
  renameCluster,
  remainingAfterWrite,
  reviewCounts,
  reviewFinished,
  sharedNow,
  splitCluster,
  startReview,
  type Decision,
  type LabelKind,
  type ReviewCluster,
  type ReviewOverlap,
  type SuggestionReview,
} from "../suggestion-review";
import { useSuggestionSession, type SuggestionSession } from "../suggestion-session";

/** Long lists render in pages so that 600+ recommendations keep the pane responsive. */
const PAGE_SIZE = 25;

const STAGE_LABEL: Record<SuggestStage, MessageKey> = {
  analyse: "taskpane.suggest.stage.analyse",
  themes: "taskpane.suggest.stage.themes",
  sdg: "taskpane.suggest.stage.sdg",
  overlaps: "taskpane.suggest.stage.overlaps",
  clusters: "taskpane.suggest.stage.clusters",
};

const STATUS: Record<Decision, MessageKey> = {
  pending: "taskpane.suggest.status.pending",
  accepted: "taskpane.suggest.status.accepted",
  rejected: "taskpane.suggest.status.rejected",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  toggle: { justifyContent: "flex-start", textAlign: "start", height: "auto", minHeight: "32px" },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingInlineStart: tokens.spacingHorizontalS },
  recommendation: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXXS },
  select: { width: "100%", minWidth: 0 },
  quote: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0, paddingInlineStart: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  // About three lines of a recommendation, the rest on request.
  clamped: { maxHeight: "4.2em", overflow: "hidden" },
  facts: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  written: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Longer texts than this show their first lines, expandable. */
const SHORT_TEXT = 200;

type Update = (change: (review: SuggestionReview) => SuggestionReview) => void;

export function SuggestionsPage() {
  const styles = useStyles();
  const t = useTranslate();
  const { language } = useLanguage();
  const { workbook, busy, runTask, markChanged, revision } = useTaskPane();
  const [session, setSession] = useSuggestionSession(workbook?.port ?? null);
  // Back on the page with a review: the arrows adjust from the number of clusters it has.
  const [count, setCount] = useState<number | null>(() => session?.review.clusters.length ?? null);
  const [written, setWritten] = useState<AcceptResult | null>(null);
  const [includeClustered, setIncludeClustered] = useState(false);
  const titleId = useId();
  const hintId = useId();

  const heading = (
    <Text as="h2" size={400} weight="semibold" id={titleId}>
      {t("taskpane.nav.suggestions")}
    </Text>
  );
  if (!workbook) {
    return (
      <section className={styles.section} aria-labelledby={titleId}>
        {heading}
        <Text>{t("taskpane.needsWorkbook")}</Text>
      </section>
    );
  }

  const run = () =>
    runTask("taskpane.suggest.stage.reading", async ({ signal, progress }) => {
      setWritten(null);
      const { readSuggestInput } = await import(/* webpackChunkName: "suggest-input" */ "../../app/suggest-input");
      const input = await readSuggestInput(workbook.port, { includeClustered }).catch((error: unknown) => {
        // The shared message points to the command line; here the way is the Import page.
        if (error instanceof UserFacingError && error.key === "suggest.noRecommendationsTable") throw new UserFacingError("taskpane.suggest.noTable", error.params);
        throw error;
      });
      const suggestions = await suggestInWorker({ input, clusters: count ?? undefined, language }, signal, (stage, fraction) =>
        progress(fraction, STAGE_LABEL[stage]),
      );
      const { SDG_TARGETS } = await import(/* webpackChunkName: "vocabularies" */ "../../model/vocabularies");
      const suggestedTargets = new Set(Object.values(suggestions.sdgTargets).flatMap((targets) => targets.map((target) => target.target)));
      setSession({
        review: startReview(suggestions),
        texts: Object.fromEntries(input.recommendations.map((recommendation) => [recommendation.id, recommendation.text])),
        facts: Object.fromEntries(input.recommendations.map((recommendation) => [recommendation.id, { states: recommendation.states, themes: recommendation.themes }])),
        suggestedThemes: Object.fromEntries(Object.entries(suggestions.themes).map(([id, themes]) => [id, themes.map((theme) => theme.theme)])),
        sdgTitles: Object.fromEntries(SDG_TARGETS.filter((target) => suggestedTargets.has(target.target)).map((target) => [target.target, target.text[language]])),
        recommendationCount: input.recommendations.length,
        leftOutClustered: input.leftOutClustered,
        firstClusterNumber: input.firstClusterNumber,
        revision,
      });
      setCount(suggestions.clusters.length);
    });

  const write = (current: SuggestionSession) =>
    runTask("taskpane.suggest.writing", async ({ signal }) => {
      const { acceptSuggestions } = await import(/* webpackChunkName: "accept-suggestions" */ "../../app/accept-suggestions");
      // Cancelled while the chunk loaded: stop before writing (the write itself is one change and is not interrupted).
      if (signal.aborted) throw new UserFacingError("suggest.cancelled");
      const result = await acceptSuggestions(workbook.port, acceptedSuggestions(current.review), t("taskpane.suggest.sourceName"));
      markChanged();
      // What was not decided stays to review; new clusters are renumbered to follow the ones just written.
      const lastAdded = result.added.at(-1);
      const firstFree = lastAdded ? Number(lastAdded.id.slice(2)) + 1 : current.firstClusterNumber;
      const remaining = remainingAfterWrite(current.review, firstFree);
      const stillToPlace = remaining.clusters.reduce((total, cluster) => total + cluster.recommendationIds.length, 0);
      setSession(reviewFinished(remaining) ? null : { ...current, review: remaining, recommendationCount: stillToPlace, firstClusterNumber: firstFree, revision: revision + 1 });
      setWritten(result);
    });

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      {heading}
      <Text>{t("taskpane.suggest.intro")}</Text>
      <div className={styles.row}>
        <Field label={t("taskpane.suggest.count")} hint={t("taskpane.suggest.countHint", { max: MAX_CLUSTERS })}>
          <SpinButton
            value={count}
            min={1}
            max={MAX_CLUSTERS}
            onChange={(_, data) => {
              if (data.value !== undefined) setCount(data.value);
              else {
                const typed = (data.displayValue ?? "").trim();
                const parsed = Number(typed);
                setCount(typed === "" ? null : Number.isInteger(parsed) ? Math.max(1, Math.min(MAX_CLUSTERS, parsed)) : count);
              }
            }}
          />
        </Field>
        <Button appearance={session ? "secondary" : "primary"} onClick={() => void run()} disabled={busy} aria-describedby={session ? hintId : undefined}>
          {t(session ? "taskpane.suggest.runAgain" : "taskpane.suggest.run")}
        </Button>
      </div>
      <Checkbox checked={includeClustered} onChange={(_, data) => setIncludeClustered(data.checked === true)} label={t("taskpane.suggest.includeClustered")} />
      {session && (
        <Text size={200} id={hintId}>
          {t("taskpane.suggest.runAgainHint")}
        </Text>
      )}
      {written && <WrittenMessage result={written} remaining={session?.review ?? null} onDismiss={() => setWritten(null)} />}
      {session && (
        <ReviewPanel
          session={session}
          stale={revision !== session.revision}
          busy={busy}
          update={(change) => setSession((current) => (current ? { ...current, review: change(current.review) } : current))}
          onWrite={() => void write(session)}
          onDiscard={() => setSession(null)}
        />
      )}
    </section>
  );
}

function WrittenMessage({ result, remaining, onDismiss }: { result: AcceptResult; remaining: SuggestionReview | null; onDismiss(): void }) {
  const styles = useStyles();
  const t = useTranslate();
  const { language } = useLanguage();
  // Renumbered clusters are named in the lines below; an overlap group's ID taken meanwhile is said here.
  const renamed = Object.entries(result.renamedIds).filter(([from]) => from.startsWith("OG-"));
  const counts = remaining ? reviewCounts(remaining) : null;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody className={styles.written}>
        <Text>
          {t("taskpane.suggest.written", {
            clustersAdded: result.clustersAdded,
            clusterAssigned: result.clusterAssigned,
            clusterKept: result.clusterKept,
            overlapAssigned: result.overlapAssigned,
            themed: result.themed,
            targeted: result.targeted,
          })}
        </Text>
        {clusterOutcomeLines(result, language).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {renamed.length > 0 && <Text>{t("taskpane.suggest.renamedIds", { list: renamed.map(([from, to]) => `${from} → ${to}`).join(", ") })}</Text>}
        {counts && (
          <Text>
            {t("taskpane.suggest.remaining", {
              clusters: counts.clusters.pending + counts.clusters.rejected,
              overlaps: counts.overlaps.pending + counts.overlaps.rejected,
              labels: counts.themes.pending + counts.themes.rejected + counts.sdgTargets.pending + counts.sdgTargets.rejected,
            })}
          </Text>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t("taskpane.error.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface ReviewPanelProps {
  session: SuggestionSession;
  stale: boolean;
  busy: boolean;
  update: Update;
  onWrite(): void;
  onDiscard(): void;
}

function ReviewPanel({ session, stale, busy, update, onWrite, onDiscard }: ReviewPanelProps) {
  const styles = useStyles();
  const t = useTranslate();
  const { review, texts } = session;
  const counts = reviewCounts(review);
  const empty = nothingAccepted(review);
  const writeHintId = useId();
  const clustersId = useId();
  const overlapsId = useId();
  const [overlapsShown, setOverlapsShown] = useState(PAGE_SIZE);
  const rejected = counts.clusters.rejected + counts.overlaps.rejected + counts.themes.rejected + counts.sdgTargets.rejected;
  return (
    <>
      <Text role="status">
        {t("taskpane.suggest.summary", { recommendations: session.recommendationCount, clusters: review.clusters.length, overlaps: review.overlaps.length })}{" "}
        {session.leftOutClustered > 0 && `${t("taskpane.suggest.leftOut", { count: session.leftOutClustered })} `}
        {t("taskpane.suggest.tally", {
          clusters: counts.clusters.accepted,
          overlaps: counts.overlaps.accepted,
          themes: counts.themes.accepted,
          targets: counts.sdgTargets.accepted,
          rejected,
        })}
      </Text>
      {stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("taskpane.suggest.stale")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button onClick={() => update(acceptAll)} disabled={busy} title={t("taskpane.suggest.acceptAllHint")}>
          {t("taskpane.suggest.acceptAll")}
        </Button>
        <Button appearance="primary" onClick={onWrite} disabled={busy || empty} aria-describedby={writeHintId}>
          {t("taskpane.suggest.write")}
        </Button>
        <Button onClick={onDiscard} disabled={busy}>
          {t("taskpane.suggest.discard")}
        </Button>
      </div>
      <Text size={200} id={writeHintId}>
        {t(empty ? "taskpane.suggest.nothingAccepted" : "taskpane.suggest.acceptAllHint")}
      </Text>

      <section className={styles.section} aria-labelledby={clustersId}>
        <Text as="h3" size={300} weight="semibold" id={clustersId}>
          {t("taskpane.suggest.clustersHeading", { count: review.clusters.length })}
        </Text>
        <ul className={styles.list}>
          {review.clusters.map((cluster) => (
            // After a write the IDs are renumbered: a new key, so no cluster inherits another's typed name or selection.
            <ClusterItem key={`${session.firstClusterNumber}|${cluster.id}`} cluster={cluster} review={review} texts={texts} session={session} update={update} />
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby={overlapsId}>
        <Text as="h3" size={300} weight="semibold" id={overlapsId}>
          {t("taskpane.suggest.overlapsHeading", { count: review.overlaps.length })}
        </Text>
        {review.overlaps.length === 0 && <Text>{t("taskpane.suggest.noOverlaps")}</Text>}
        <ul className={styles.list}>
          {review.overlaps.slice(0, overlapsShown).map((group) => (
            <OverlapItem key={group.id} group={group} review={review} texts={texts} update={update} />
          ))}
        </ul>
        <ShowMore total={review.overlaps.length} shown={overlapsShown} onMore={() => setOverlapsShown((shown) => shown + PAGE_SIZE)} />
      </section>
    </>
  );
}

function ShowMore({ total, shown, onMore }: { total: number; shown: number; onMore(): void }) {
  const t = useTranslate();
  if (shown >= total) return null;
  return (
    <Button appearance="subtle" onClick={onMore}>
      {t("taskpane.suggest.showMore", { count: Math.min(PAGE_SIZE, total - shown) })}
    </Button>
  );
}

/** A heading button that shows or hides its details, which render only while shown. */
function Disclosure({ label, children }: { label: string; children: () => ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <Button className={styles.toggle} appearance="subtle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {`${open ? "▾" : "▸"} ${label}`}
      </Button>
      <div id={panelId} className={styles.details} hidden={!open}>
        {open && children()}
      </div>
    </>
  );
}

function DecisionButtons({ decision, acceptLabel, rejectLabel, onDecide }: { decision: Decision; acceptLabel: string; rejectLabel: string; onDecide(decision: Decision): void }) {
  const styles = useStyles();
  const t = useTranslate();
  // Pressing the current decision again undoes it: the suggestion is then undecided.
  return (
    <div className={styles.row}>
      <Button size="small" aria-label={acceptLabel} aria-pressed={decision === "accepted"} appearance={decision === "accepted" ? "primary" : "secondary"} onClick={() => onDecide(decision === "accepted" ? "pending" : "accepted")}>
        {t("taskpane.suggest.accept")}
      </Button>
      <Button size="small" aria-label={rejectLabel} aria-pressed={decision === "rejected"} appearance={decision === "rejected" ? "primary" : "secondary"} onClick={() => onDecide(decision === "rejected" ? "pending" : "rejected")}>
        {t("taskpane.suggest.reject")}
      </Button>
    </div>
  );
}

interface ItemProps {
  review: SuggestionReview;
  texts: Record<string, string>;
  update: Update;
}

interface ClusterProps extends ItemProps {
  cluster: ReviewCluster;
  session: SuggestionSession;
}

const ClusterItem = memo(function ClusterItem({ cluster, review, texts, session, update }: ClusterProps) {
  const styles = useStyles();
  const t = useTranslate();
  const count = cluster.recommendationIds.length;
  const status = t(STATUS[cluster.decision]);
  const header = cluster.existing
    ? t("taskpane.suggest.existingHeader", { id: cluster.id, name: cluster.name, count, status })
    : t("taskpane.suggest.clusterHeader", { id: cluster.id, name: cluster.name, count, status });
  const shared = sharedNow(cluster, session.suggestedThemes);
  const summary = cluster.existing
    ? t("taskpane.suggest.existingSummary", { count })
    : shared
      ? t(shared.kind === "theme" ? "taskpane.suggest.sharedTheme" : "taskpane.suggest.sharedConcept", { shared: shared.count, count, label: shared.label })
      : t("taskpane.suggest.sharedNothing");
  return (
    <li className={styles.item}>
      <Disclosure label={header}>{() => <ClusterDetails cluster={cluster} review={review} texts={texts} session={session} update={update} />}</Disclosure>
      <Text size={200} className={styles.facts}>
        {summary}
      </Text>
    </li>
  );
});

function ClusterDetails({ cluster, review, texts, session, update }: ClusterProps) {
  const styles = useStyles();
  const t = useTranslate();
  const [name, setName] = useState(cluster.name);
  const [mergeFrom, setMergeFrom] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [splitName, setSplitName] = useState(() => t("taskpane.suggest.splitDefault", { name: cluster.name }));
  const [shown, setShown] = useState(PAGE_SIZE);
  const others = review.clusters.filter((other) => other.id !== cluster.id);
  // Selections of recommendations that have since moved away no longer count.
  const selection = cluster.recommendationIds.filter((id) => selected.has(id));
  const canSplit = selection.length > 0 && selection.length < cluster.recommendationIds.length && splitName.trim() !== "";
  const rename = () => {
    if (name.trim() === "") setName(cluster.name);
    else update((current) => renameCluster(current, cluster.id, name));
  };
  const overlaps = overlapsInCluster(review, cluster.id);
  return (
    <>
      <Text>{cluster.reason ? t("taskpane.suggest.reason", { reason: cluster.reason }) : t("taskpane.suggest.madeByYou")}</Text>
      {cluster.existing && <Text size={200}>{t("taskpane.suggest.existingHint")}</Text>}
      <DecisionButtons
        decision={cluster.decision}
        acceptLabel={t("taskpane.suggest.acceptCluster", { name: cluster.name })}
        rejectLabel={t("taskpane.suggest.rejectCluster", { name: cluster.name })}
        onDecide={(decision) => update((current) => decideCluster(current, cluster.id, decision))}
      />
      {!cluster.existing && (
        <Field label={t("taskpane.suggest.name", { id: cluster.id })} hint={t("taskpane.suggest.nameHint")}>
          <Input
            value={name}
            onChange={(_, data) => setName(data.value)}
            onBlur={rename}
            onKeyDown={(event) => {
              if (event.key === "Enter") rename();
            }}
          />
        </Field>
      )}
      {others.length > 0 && (
        <div className={styles.row}>
          <Field label={t("taskpane.suggest.mergeFrom", { id: cluster.id })}>
            <Select className={styles.select} value={mergeFrom} onChange={(_, data) => setMergeFrom(data.value)}>
              <option value="">{t("taskpane.suggest.choose")}</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>{`${other.id} ${other.name}`}</option>
              ))}
            </Select>
          </Field>
          <Button
            aria-label={t("taskpane.suggest.mergeInto", { id: cluster.id })}
            disabled={mergeFrom === ""}
            onClick={() => {
              update((current) => mergeClusters(current, cluster.id, mergeFrom));
              setMergeFrom("");
            }}
          >
            {t("taskpane.suggest.merge")}
          </Button>
        </div>
      )}
      {overlaps.length > 0 && (
        <Text>
          {`${t("taskpane.suggest.overlapsInCluster")}: ${overlaps.map((group) => `${group.id} (${t(STATUS[group.decision])})`).join(", ")}`}
        </Text>
      )}
      <Text as="h4" weight="semibold">
        {t("taskpane.suggest.recommendations")}
      </Text>
      <ul className={styles.list}>
        {cluster.recommendationIds.slice(0, shown).map((id) => (
          <li key={id} className={styles.recommendation}>
            <div className={styles.row}>
              <Checkbox
                label={id}
                aria-label={t("taskpane.suggest.select", { id })}
                checked={selected.has(id)}
                onChange={(_, data) =>
                  setSelected((before) => {
                    const next = new Set(before);
                    if (data.checked) next.add(id);
                    else next.delete(id);
                    return next;
                  })
                }
              />
              <Select
                className={styles.select}
                aria-label={t("taskpane.suggest.moveTo", { id })}
                value={cluster.id}
                onChange={(_, data) => update((current) => moveRecommendation(current, id, data.value))}
              >
                {review.clusters.map((target) => (
                  <option key={target.id} value={target.id}>{`${target.id} ${target.name}`}</option>
                ))}
              </Select>
            </div>
            <RecommendationFactsLine facts={session.facts[id]} suggested={session.suggestedThemes[id] ?? []} />
            {cluster.fits[id] && (
              <Text size={200} className={styles.facts}>
                {cluster.fits[id]}
              </Text>
            )}
            <RecommendationText id={id} text={texts[id] ?? ""} />
            <RecommendationDetails id={id} review={review} texts={texts} sdgTitles={session.sdgTitles} update={update} />
          </li>
        ))}
      </ul>
      <ShowMore total={cluster.recommendationIds.length} shown={shown} onMore={() => setShown((before) => before + PAGE_SIZE)} />
      <div className={styles.row}>
        <Field label={t("taskpane.suggest.splitName", { id: cluster.id })} hint={t("taskpane.suggest.splitHint")}>
          <Input value={splitName} onChange={(_, data) => setSplitName(data.value)} />
        </Field>
        <Button
          disabled={!canSplit}
          onClick={() => {
            update((current) => splitCluster(current, cluster.id, selection, splitName).review);
            setSelected(new Set());
          }}
        >
          {t("taskpane.suggest.split", { count: selection.length })}
        </Button>
      </div>
    </>
  );
}

/** Who recommended it and its themes: what a reviewer weighs beside the text. */
function RecommendationFactsLine({ facts, suggested }: { facts: { states: string; themes: string } | undefined; suggested: readonly string[] }) {
  const styles = useStyles();
  const t = useTranslate();
  const parts = [
    facts?.states ? t("taskpane.suggest.states", { states: facts.states }) : null,
    facts?.themes ? t("taskpane.suggest.workbookThemes", { themes: facts.themes }) : suggested.length > 0 ? t("taskpane.suggest.suggestedThemesLine", { themes: suggested.join("; ") }) : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return (
    <Text size={200} className={styles.facts}>
      {parts.join(" · ")}
    </Text>
  );
}

/** A recommendation's first lines, the whole text on request. */
function RecommendationText({ id, text }: { id: string; text: string }) {
  const styles = useStyles();
  const t = useTranslate();
  const [whole, setWhole] = useState(false);
  const textId = useId();
  const long = text.length > SHORT_TEXT;
  return (
    <>
      <blockquote id={textId} className={long && !whole ? `${styles.quote} ${styles.clamped}` : styles.quote}>
        {text}
      </blockquote>
      {long && (
        <Button size="small" appearance="subtle" className={styles.toggle} aria-expanded={whole} aria-controls={textId} aria-label={t(whole ? "taskpane.suggest.textLessOf" : "taskpane.suggest.textMoreOf", { id })} onClick={() => setWhole(!whole)}>
          {t(whole ? "taskpane.suggest.textLess" : "taskpane.suggest.textMore")}
        </Button>
      )}
    </>
  );
}

/** A recommendation's suggested themes and SDG targets, to accept or reject one by one, on demand. */
function RecommendationDetails({ id, review, sdgTitles, update }: ItemProps & { id: string; sdgTitles: Record<string, string> }) {
  const styles = useStyles();
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <Button size="small" appearance="subtle" className={styles.toggle} aria-expanded={open} aria-controls={panelId} aria-label={t("taskpane.suggest.showTextOf", { id })} onClick={() => setOpen(!open)}>
        {`${open ? "▾" : "▸"} ${t("taskpane.suggest.showText")}`}
      </Button>
      <div id={panelId} className={styles.details} hidden={!open}>
        {open && (
          <>
            <LabelList kind="themes" heading="taskpane.suggest.themes" id={id} review={review} update={update} />
            <LabelList kind="sdgTargets" heading="taskpane.suggest.sdgTargets" id={id} review={review} titles={sdgTitles} update={update} />
          </>
        )}
      </div>
    </>
  );
}

/** How sure the engine is, in words rather than a number. */
function strengthKey(score: number): MessageKey {
  if (score >= 0.6) return "taskpane.suggest.strength.strong";
  if (score >= 0.4) return "taskpane.suggest.strength.fair";
  return "taskpane.suggest.strength.weak";
}

function LabelList({ kind, heading, id, review, titles, update }: { kind: LabelKind; heading: MessageKey; id: string; review: SuggestionReview; titles?: Record<string, string>; update: Update }) {
  const styles = useStyles();
  const t = useTranslate();
  const labels = review[kind][id] ?? [];
  return (
    <div className={styles.section}>
      <Text weight="semibold">{t(heading)}</Text>
      {labels.length === 0 && <Text>{t("taskpane.suggest.noLabels")}</Text>}
      <ul className={styles.list}>
        {labels.map((label) => (
          <li key={label.value} className={styles.recommendation}>
            <Text>{t("taskpane.suggest.label", { value: titles?.[label.value] ? `${label.value} ${titles[label.value]}` : label.value, strength: t(strengthKey(label.score)), status: t(STATUS[label.decision]) })}</Text>
            <Text size={200}>{t("taskpane.suggest.reason", { reason: label.reason })}</Text>
            <DecisionButtons
              decision={label.decision}
              acceptLabel={t("taskpane.suggest.acceptLabel", { value: label.value, id })}
              rejectLabel={t("taskpane.suggest.rejectLabel", { value: label.value, id })}
              onDecide={(decision) => update((current) => decideLabel(current, kind, id, label.value, decision))}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

const OverlapItem = memo(function OverlapItem({ group, review, texts, update }: ItemProps & { group: ReviewOverlap }) {
  const styles = useStyles();
  const t = useTranslate();
  const header = t("taskpane.suggest.overlapHeader", { id: group.id, kind: t(`taskpane.suggest.kind.${group.kind}`), count: group.recommendationIds.length, status: t(STATUS[group.decision]) });
  return (
    <li className={styles.item}>
      <Text>{header}</Text>
      <DecisionButtons
        decision={group.decision}
        acceptLabel={t("taskpane.suggest.acceptOverlap", { id: group.id })}
        rejectLabel={t("taskpane.suggest.rejectOverlap", { id: group.id })}
        onDecide={(decision) => update((current) => decideOverlap(current, group.id, decision))}
      />
      <Disclosure label={`${t("taskpane.suggest.members")} (${group.id})`}>{() => <OverlapMembers group={group} review={review} texts={texts} t={t} />}</Disclosure>
    </li>
  );
});

function OverlapMembers({ group, review, texts, t }: { group: ReviewOverlap; review: SuggestionReview; texts: Record<string, string>; t: Translate }) {
  const styles = useStyles();
  const clusterOfId = new Map(review.clusters.flatMap((cluster) => cluster.recommendationIds.map((id) => [id, cluster.id] as const)));
  return (
    <>
      <Text>{t("taskpane.suggest.reason", { reason: group.reason })}</Text>
      <ul className={styles.list}>
        {group.recommendationIds.map((id) => (
          <li key={id} className={styles.recommendation}>
            <Text weight="semibold">{`${id} (${t("taskpane.suggest.inCluster", { id: clusterOfId.get(id) ?? "" })})`}</Text>
            <blockquote className={styles.quote}>{texts[id] ?? ""}</blockquote>
          </li>
        ))}
      </ul>
    </>
  );
}
