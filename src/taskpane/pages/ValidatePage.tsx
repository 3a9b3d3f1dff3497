import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { FindingGroup } from "../../core/validate/group-findings";
import type { Severity } from "../../core/validate/rules";
import type { Finding, ValidationSession } from "../../core/validate/validation-session";
import type { MessageKey } from "../../model/i18n/messages";
import type { SheetChange, WorkbookPort } from "../../workbook/port";
import { useTaskPane } from "../app-context";
import { errorMessage } from "../errors";
import { useLanguage, useTranslate } from "../i18n";
import { VALIDATION_SHEETS, applyLiveChanges, findingKey, findingRow, isCoverageFinding, rowDetails } from "../live-validation";
import { TaskStatus } from "../TaskStatus";
import { useSheetChanges } from "../use-sheet-changes";

// The rules and the session load with the page's first run, not with the first screen.
const loadValidate = () => import(/* webpackChunkName: "validate" */ "../../app/validate");
const loadGrouping = () => import(/* webpackChunkName: "validate" */ "../../core/validate/group-findings");

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  findingHead: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // One column: a header above its value, so a narrow pane never splits words to fit two columns.
  details: { margin: `0 0 0 ${tokens.spacingHorizontalL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "break-word" },
  value: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, overflowWrap: "break-word", wordBreak: "normal", whiteSpace: "pre-wrap" },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** A glyph besides the word, so severity never rests on colour alone; screen readers get the word. */
const SEVERITY_GLYPH: Record<Severity, string> = { error: "✖", warning: "⚠" };

interface Results {
  findings: Finding[];
  actions: number;
  indicators: number;
}

/** Findings rendered per group at first (and per "show more"): thousands of buttons would make the pane sluggish. */
const PAGE_SIZE = 100;

/** Whether this page ran on a workbook: coming back to the page runs it again, so live validation resumes. */
const validatedPorts = new WeakSet<WorkbookPort>();

/**
 * The Validate step: findings grouped by table and severity; clicking one goes to its cell
 * (Excel) or shows its row (standalone). In Excel, after the first run, edits by anyone update
 * the findings in place (debounced), reading only.
 */
export function ValidatePage() {
  const styles = useStyles();
  const t = useTranslate();
  const { language } = useLanguage();
  const { workbook, runTask, busy, markChanged } = useTaskPane();
  const port = workbook?.port;
  const titleId = useId();
  const [results, setResults] = useState<Results | null>(null);
  const [groups, setGroups] = useState<FindingGroup[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [liveNote, setLiveNote] = useState<{ time: string } | { failed: string } | null>(null);
  const [openFinding, setOpenFinding] = useState<{ key: string; details: { header: string; value: string }[] } | null>(null);
  const session = useRef<ValidationSession | null>(null);
  // What the list shows now, for live updates queued before React re-rendered.
  const shown = useRef<Results | null>(null);
  const [openGroups, setOpenGroups] = useState<string[]>([]);
  const seenGroups = useRef(new Set<string>());
  const [shownPerGroup, setShownPerGroup] = useState<Record<string, number>>({});
  // Live updates run one at a time, in the order the edits came.
  const liveQueue = useRef<Promise<void>>(Promise.resolve());
  const canSelect = typeof port?.selectCell === "function";
  const canWatch = typeof port?.watchSheets === "function";

  const show = useCallback((next: Results) => {
    shown.current = next;
    setResults(next);
    void loadGrouping().then(({ groupFindings }) => setGroups(groupFindings(next.findings)));
  }, []);

  const fromSession = (opened: ValidationSession): Results => ({ findings: opened.findings(), actions: opened.actionCount, indicators: opened.indicatorCount });

  const run = useCallback(async () => {
    if (!port) return;
    setNotice(null);
    setLiveNote(null);
    setOpenFinding(null);
    await runTask("taskpane.validate.reading", async ({ signal, progress }) => {
      const { openValidationSession } = await loadValidate();
      // One read, then checks that take milliseconds: there is no share done worth showing.
      progress(null);
      const opened = await openValidationSession(port, { language });
      if (signal.aborted) return;
      session.current = opened;
      validatedPorts.add(port);
      show(fromSession(opened));
    }, { near: "validate" });
  }, [port, runTask, language, show]);

  // Back on the page (or in another language) after a run: run again, so the list is current and live.
  useEffect(() => {
    setResults(null);
    setGroups([]);
    session.current = null;
    shown.current = null;
    seenGroups.current = new Set();
    setOpenGroups([]);
    if (port && validatedPorts.has(port)) void run();
    // Only when the workbook or the language changes, not on every new `run` identity.
  }, [port, language]);

  const writeSmart = async () => {
    if (!port) return;
    setNotice(null);
    let written: number | null = null;
    const ok = await runTask("taskpane.validate.writingSmart", async ({ signal }) => {
      const { validateWorkbook, openValidationSession } = await loadValidate();
      if (signal.aborted) return;
      const report = await validateWorkbook(port, { language, writeSmart: true });
      written = report.smartWritten;
      // The session behind live updates starts from the workbook as written.
      const opened = await openValidationSession(port, { language });
      session.current = opened;
      validatedPorts.add(port);
      show(fromSession(opened));
    }, { near: "validate" });
    if (ok && written !== null) {
      if (written > 0) markChanged();
      setNotice(written > 0 ? t("taskpane.validate.smartWritten", { count: written }) : t("taskpane.validate.smartCurrent"));
    }
  };

  const applyChanges = useCallback(
    (changes: SheetChange[]) => {
      const live = session.current;
      if (!port || !live) return;
      liveQueue.current = liveQueue.current.then(async () => {
        try {
          const current = session.current;
          if (!current) return;
          const next = await applyLiveChanges(port, { session: current, findings: shown.current?.findings ?? live.findings() }, changes, language, await loadValidate());
          session.current = next.session;
          show({ findings: next.findings, actions: next.session.actionCount, indicators: next.session.indicatorCount });
          setLiveNote({ time: new Date().toLocaleTimeString(language) });
        } catch (caught) {
          setLiveNote({ failed: errorMessage(caught, language) });
        }
      });
    },
    [port, language, show],
  );
  useSheetChanges(port, VALIDATION_SHEETS, applyChanges, results !== null && canWatch);

  const choose = async (finding: Finding) => {
    if (!port) return;
    const key = findingKey(finding);
    if (canSelect) {
      try {
        await port.selectCell?.(finding.cell);
        setNotice(null);
      } catch {
        setNotice(t("taskpane.validate.selectFailed", { cell: finding.cell }));
      }
      return;
    }
    if (openFinding?.key === key) {
      setOpenFinding(null);
      return;
    }
    try {
      const data = (await port.readTables([finding.table]))[finding.table];
      setOpenFinding({ key, details: rowDetails(data, findingRow(finding), language) });
    } catch (caught) {
      setNotice(errorMessage(caught, language));
    }
  };

  // A group seen for the first time opens unless it is the gap list or clusters without lead;
  // after that, open or closed is the user's choice, also across live updates.
  useEffect(() => {
    const fresh = groups.filter((group) => !seenGroups.current.has(groupId(group)));
    if (fresh.length === 0) return;
    fresh.forEach((group) => seenGroups.current.add(groupId(group)));
    const opening = fresh.filter((group) => !isCoverageFinding(group.findings[0])).map(groupId);
    if (opening.length > 0) setOpenGroups((open) => [...open, ...opening]);
  }, [groups]);

  if (!workbook) {
    return (
      <section className={styles.section} aria-labelledby={titleId}>
        <Text as="h2" size={400} weight="semibold" id={titleId}>
          {t("taskpane.nav.validate")}
        </Text>
        <Text>{t("taskpane.needsWorkbook")}</Text>
      </section>
    );
  }

  const errors = results?.findings.filter((finding) => finding.severity === "error").length ?? 0;
  const groupTitle = (group: FindingGroup): string => {
    const count = group.findings.length;
    if (group.table === "Recommendations") return t("taskpane.validate.group.gaps", { count });
    if (group.table === "Clusters") return t("taskpane.validate.group.noLead", { count });
    return t("taskpane.validate.group", { table: t(`taskpane.table.${group.table}` as MessageKey), severity: t(`taskpane.validate.severity.${group.severity}`), count });
  };

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.nav.validate")}
      </Text>
      <Text>{t("taskpane.validate.intro")}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={run} disabled={busy}>
          {t(results ? "taskpane.validate.rerun" : "taskpane.validate.run")}
        </Button>
        {results && (
          <Button onClick={writeSmart} disabled={busy || results.actions === 0}>
            {t("taskpane.validate.writeSmart")}
          </Button>
        )}
      </div>
      <TaskStatus near="validate" />
      {results && results.actions > 0 && <Text size={200}>{t("taskpane.validate.writeSmartHint")}</Text>}
      {notice && (
        <Text role="status" weight="semibold">
          {notice}
        </Text>
      )}
      {results && (
        <>
          <Text as="p" role="status" weight="semibold" data-errors={errors}>
            {t("taskpane.validate.summary", { errors, warnings: results.findings.length - errors, actions: results.actions, indicators: results.indicators })}
          </Text>
          {results.actions === 0 && (
            <Text as="p" weight="semibold">
              {t(canSelect ? "taskpane.validate.noActionsExcel" : "taskpane.validate.noActionsStandalone")}
            </Text>
          )}
          {canWatch && (
            <Text size={200}>
              {t("taskpane.validate.live")}
              {liveNote && " "}
              {liveNote && ("time" in liveNote ? t("taskpane.validate.updated", { time: liveNote.time }) : t("taskpane.validate.liveFailed", { reason: liveNote.failed }))}
            </Text>
          )}
          {results.findings.length === 0 ? (
            <Text>{t("taskpane.validate.clean")}</Text>
          ) : (
            <>
              <Text size={200}>{t(canSelect ? "taskpane.validate.hint.excel" : "taskpane.validate.hint.standalone")}</Text>
              <Accordion
                multiple
                collapsible
                openItems={openGroups}
                onToggle={(_, data) => setOpenGroups(data.openItems.map(String))}
                aria-label={t("taskpane.validate.findings")}
              >
                {groups.map((group) => (
                  <AccordionItem key={groupId(group)} value={groupId(group)}>
                    <AccordionHeader as="h3" size="small">
                      <span className={group.severity === "error" ? styles.error : styles.warning} aria-hidden="true">
                        {SEVERITY_GLYPH[group.severity]}
                      </span>
                      &nbsp;{groupTitle(group)}
                    </AccordionHeader>
                    <AccordionPanel>
                      <ul className={styles.list}>
                        {group.findings.slice(0, shownPerGroup[groupId(group)] ?? PAGE_SIZE).map((finding) => {
                          const key = findingKey(finding);
                          const expanded = !canSelect && openFinding?.key === key;
                          return (
                            <li key={key}>
                              <Button
                                appearance="subtle"
                                className={styles.finding}
                                onClick={() => void choose(finding)}
                                aria-expanded={canSelect ? undefined : expanded}
                                data-code={finding.code}
                                data-cell={finding.cell}
                              >
                                <span className={styles.findingHead}>
                                  <span className={finding.severity === "error" ? styles.error : styles.warning} aria-hidden="true">
                                    {SEVERITY_GLYPH[finding.severity]}
                                  </span>{" "}
                                  {t(`taskpane.validate.severity.${finding.severity}`)}
                                  {finding.rowId ? ` · ${finding.rowId}` : ""}
                                </span>
                                <span>{finding.message}</span>
                                <span>
                                  {t("taskpane.validate.whereCell", { cell: finding.cell })} <span className={styles.code}>{t("taskpane.validate.rule", { code: finding.code })}</span>
                                </span>
                              </Button>
                              {expanded && openFinding && (
                                <div aria-live="polite">
                                  <Text weight="semibold">{t("taskpane.validate.row", { row: findingRow(finding), table: t(`taskpane.table.${finding.table}` as MessageKey) })}</Text>
                                  {openFinding.details.length === 0 ? (
                                    <Text as="p">{t("taskpane.validate.rowEmpty")}</Text>
                                  ) : (
                                    <dl className={styles.details}>
                                      {openFinding.details.map((detail) => (
                                        <div key={detail.header}>
                                          <dt className={styles.term}>{detail.header}</dt>
                                          <dd className={styles.value}>{detail.value}</dd>
                                        </div>
                                      ))}
                                    </dl>
                                  )}
                                  <Text as="p" size={200}>
                                    {t("taskpane.validate.howToFix", { cell: finding.cell })}
                                  </Text>
                                </div>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                      {group.findings.length > (shownPerGroup[groupId(group)] ?? PAGE_SIZE) && (
                        <Button
                          size="small"
                          onClick={() => setShownPerGroup((shownNow) => ({ ...shownNow, [groupId(group)]: (shownNow[groupId(group)] ?? PAGE_SIZE) + PAGE_SIZE }))}
                        >
                          {t("taskpane.validate.showMore", {
                            count: Math.min(PAGE_SIZE, group.findings.length - (shownPerGroup[groupId(group)] ?? PAGE_SIZE)),
                            shown: shownPerGroup[groupId(group)] ?? PAGE_SIZE,
                            total: group.findings.length,
                          })}
                        </Button>
                      )}
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </>
          )}
        </>
      )}
    </section>
  );
}

function groupId(group: FindingGroup): string {
  return `${group.table}-${group.severity}`;
}
