import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { MyInstitutionView } from "../../core/progress/my-institution";
import type { ReviewAction } from "../../core/progress/review-workflow";
import { cellText, type Row } from "../../model/cells";
import { UserFacingError, type MessageKey, type MessageParams } from "../../model/i18n/messages";
import { useTaskPane } from "../app-context";
import { useTranslate } from "../i18n";
import { TaskStatus } from "../TaskStatus";
import { readYourName, storeYourName } from "../your-name";
import { NoWorkbook } from "./NoWorkbook";

type FocalPointTools = typeof import("../focal-point-tools");
const loadFocalPointTools = () => import(/* webpackChunkName: "focal-point" */ "../focal-point-tools");

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  dueSoon: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  quote: { whiteSpace: "pre-wrap" },
  // A native select is as wide as its longest option; in a narrow pane it must shrink to fit.
  select: { minWidth: 0, maxWidth: "100%" },
});

const REVIEW_BUTTONS: { action: ReviewAction; label: MessageKey }[] = [
  { action: "submit", label: "taskpane.institution.action.submit" },
  { action: "approve", label: "taskpane.institution.action.approve" },
  { action: "reject", label: "taskpane.institution.action.reject" },
  { action: "publish", label: "taskpane.institution.action.publish" },
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const shortened = (text: string, max = 70) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};
/** The Progress table's days are midnight UTC; the person's today is their local date. */
const today = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
};

/**
 * My institution: a focal point's part of a shared workbook (its recommendations, actions,
 * reports due and reports in review), writing a progress report, and the review steps. Every
 * write goes through a use case that checks first and writes once.
 */
export function MyInstitutionPage() {
  const styles = useStyles();
  const t = useTranslate();
  const { workbook, busy, runTask, revision, markChanged } = useTaskPane();
  const titleId = useId();
  const counterId = useId();
  const [tools, setTools] = useState<FocalPointTools | null>(null);
  const [yourName, setYourName] = useState(() => readYourName());
  const [institutions, setInstitutions] = useState<Row[] | null>(null);
  const [chosen, setChosen] = useState("");
  const [view, setView] = useState<MyInstitutionView | null>(null);
  /** The Draft or Rejected report being corrected; "" for a new one. */
  const [editing, setEditing] = useState("");
  const [subject, setSubject] = useState("");
  const [period, setPeriod] = useState("");
  const [text, setText] = useState("");
  const [reviewed, setReviewed] = useState("");
  const [comment, setComment] = useState("");
  const [confirmation, setConfirmation] = useState<{ key: MessageKey; params: MessageParams; part: "write" | "review" | "add" } | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void loadFocalPointTools().then(setTools);
  }, []);

  useEffect(() => {
    let current = true;
    setInstitutions(null);
    if (!workbook) return;
    void workbook.port
      .readTables(["Institutions"])
      .then((tables) => current && setInstitutions((tables.Institutions?.rows ?? []).filter((row) => cellText(row.name))))
      .catch(() => current && setInstitutions([]));
    return () => {
      current = false;
    };
  }, [workbook, revision]);

  // The view is read again whenever the workbook changes (a report written, a co-author's edit).
  useEffect(() => setView(null), [workbook, chosen]);
  useEffect(() => {
    if (!workbook || !tools || !chosen) return;
    void runTask("taskpane.institution.loading", async () => {
      setView(await tools.myInstitution(workbook.port, chosen, today()));
    });
  }, [workbook, tools, chosen, revision, runTask]);

  const changeName = (name: string) => {
    setYourName(name);
    storeYourName(name);
  };

  if (!workbook) return <NoWorkbook title="taskpane.nav.institution" />;
  const port = workbook.port;
  const count = tools?.reportTextCount(text) ?? null;

  const requireName = () => {
    if (!yourName.trim()) throw new UserFacingError("taskpane.institution.nameFirst");
  };

  const writeReport = (submit: boolean) =>
    runTask("taskpane.institution.writing", async ({ signal }) => {
      setConfirmation(null);
      if (!tools || !view) return;
      requireName();
      signal.throwIfAborted();
      const written = await tools.writeProgressReport(port, {
        reportId: editing || undefined,
        subjectId: subject,
        institution: view.institution.name,
        period,
        text,
        by: yourName,
        submit,
        today: today(),
      });
      markChanged();
      setText("");
      setEditing("");
      setReviewed(written.reportId);
      setConfirmation({ key: "taskpane.institution.written", params: { id: written.reportId, status: written.status }, part: "write" });
    }, { near: "institution.write" });

  const review = (action: ReviewAction) =>
    runTask("taskpane.institution.reviewing", async ({ signal }) => {
      setConfirmation(null);
      if (!tools) return;
      requireName();
      signal.throwIfAborted();
      const outcome = await tools.reviewProgressReport(port, { reportId: reviewed, action, by: yourName, comment, today: today() });
      markChanged();
      setComment("");
      setConfirmation({ key: "taskpane.institution.stepDone", params: { id: reviewed, from: outcome.from, to: outcome.to, by: yourName.trim() }, part: "review" });
    }, { near: "institution.review" });

  const statusOf = (row: Row) => cellText(row.reviewStatus) || "Draft";
  const editable = view?.openReports.filter((row) => ["draft", "rejected"].includes(statusOf(row).toLowerCase())) ?? [];
  const chooseReport = (reportId: string) => {
    setEditing(reportId);
    const row = editable.find((candidate) => cellText(candidate.reportId) === reportId);
    setSubject(row ? cellText(row.subjectId) : "");
    setPeriod(row ? cellText(row.period) : "");
    setText(row ? cellText(row.reportText) : "");
  };
  const subjectIds = new Set([...(view?.recommendations.map((row) => cellText(row.id)) ?? []), ...(view?.actions.map((row) => cellText(row.actionId)) ?? [])]);
  const reviewedRow = view?.openReports.find((row) => cellText(row.reportId) === reviewed) ?? null;
  const allowedNow = (() => {
    if (!reviewedRow || !tools) return null;
    const status = tools.REVIEW_STATUSES.find((candidate) => candidate.toLowerCase() === statusOf(reviewedRow).toLowerCase());
    if (!status) return null;
    const allowed = tools.allowedActions(status);
    return allowed.map((action) => t(REVIEW_BUTTONS.find((button) => button.action === action)!.label)).join(", ") || "-";
  })();

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.nav.institution")}
      </Text>
      <Text>{t("taskpane.institution.intro")}</Text>
      <Field label={t("taskpane.institution.yourName")} hint={t("taskpane.institution.yourNameHint")}>
        <Input value={yourName} onChange={(_, data) => changeName(data.value)} autoComplete="name" />
      </Field>
      {institutions !== null && institutions.length === 0 && <Text>{t("taskpane.institution.noneYet")}</Text>}
      {institutions !== null && (institutions.length === 0 || adding) && (
        <AddInstitution
          main={institutions.length === 0}
          onAdded={(name) => {
            setAdding(false);
            setChosen(name);
            setConfirmation({ key: "taskpane.institution.added", params: { name }, part: "add" });
          }}
        />
      )}
      {confirmation?.part === "add" && <Confirmation confirmation={confirmation} />}
      {institutions !== null && institutions.length > 0 && (
        <Field label={t("taskpane.institution.choose")}>
          <Select className={styles.select} value={chosen} onChange={(_, data) => setChosen(data.value)}>
            <option value="">{t("taskpane.institution.choosePlaceholder")}</option>
            {institutions.map((row) => (
              <option key={cellText(row.name)} value={cellText(row.name)}>
                {[cellText(row.name), cellText(row.acronym) && `(${cellText(row.acronym)})`].filter(Boolean).join(" ")}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {institutions !== null && institutions.length > 0 && !adding && (
        <div>
          <Button size="small" onClick={() => setAdding(true)}>
            {t("taskpane.institution.addAnother")}
          </Button>
        </div>
      )}
      {view && (
        <>
          <div className={styles.part}>
            <Text as="h3" size={300} weight="semibold">
              {t("taskpane.institution.due")}
            </Text>
            {view.dueReports.length === 0 ? (
              <Text>{t("taskpane.institution.dueNone", { days: tools?.DUE_SOON_DAYS ?? "" })}</Text>
            ) : (
              <ul className={styles.list}>
                {view.dueReports.map((item) => (
                  <li key={item.indicatorId}>
                    {/* The state is written out (and marked with a sign), never shown by colour alone. */}
                    <span className={item.state === "overdue" ? styles.overdue : styles.dueSoon}>
                      {item.state === "overdue" ? "⚠ " : "◷ "}
                      {t(item.state === "overdue" ? "progress.state.overdue" : "progress.state.dueSoon")}
                    </span>{" "}
                    {t("taskpane.institution.dueLine", {
                      indicator: item.indicatorId,
                      due: isoDay(item.dueOn),
                      name: shortened(item.indicatorName),
                      frequency: item.frequency,
                      action: item.actionId || "-",
                    })}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <RowList title={t("taskpane.institution.recommendations", { count: view.recommendations.length })} empty={t("taskpane.institution.emptyList")}>
            {view.recommendations.map((row) => (
              <li key={cellText(row.id)}>
                <Text weight="semibold">{cellText(row.id)}</Text> {shortened(cellText(row.text), 160)}
              </li>
            ))}
          </RowList>
          <RowList title={t("taskpane.institution.actions", { count: view.actions.length })} empty={t("taskpane.institution.emptyList")}>
            {view.actions.map((row) => (
              <li key={cellText(row.actionId)}>
                <Text weight="semibold">{t("taskpane.institution.actionLine", { id: cellText(row.actionId), status: cellText(row.status) || "-" })}</Text>{" "}
                {shortened(cellText(row.description), 160)}
              </li>
            ))}
          </RowList>
          <RowList title={t("taskpane.institution.openReports", { count: view.openReports.length })} empty={t("taskpane.institution.emptyList")}>
            {view.openReports.map((row) => (
              <li key={cellText(row.reportId)}>
                <Text weight="semibold">
                  {t("taskpane.institution.reportLine", { id: cellText(row.reportId), subject: cellText(row.subjectId) || "-", period: cellText(row.period) || "-", status: statusOf(row) })}
                </Text>{" "}
                <span className={styles.quote}>{shortened(cellText(row.reportText), 200)}</span>
              </li>
            ))}
          </RowList>

          <div className={styles.part}>
            <Text as="h3" size={300} weight="semibold">
              {t("taskpane.institution.write")}
            </Text>
            <Field label={t("taskpane.institution.which")}>
              <Select className={styles.select} value={editing} onChange={(_, data) => chooseReport(data.value)}>
                <option value="">{t("taskpane.institution.newReport")}</option>
                {editable.map((row) => (
                  <option key={cellText(row.reportId)} value={cellText(row.reportId)}>
                    {t("taskpane.institution.correct", { id: cellText(row.reportId), status: statusOf(row) })}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("taskpane.institution.subject")}>
              <Select className={styles.select} value={subject} onChange={(_, data) => setSubject(data.value)}>
                <option value="">{t("taskpane.institution.subjectPlaceholder")}</option>
                {/* A report being corrected may be about something no longer the institution's: it stays choosable. */}
                {subject && !subjectIds.has(subject) && <option value={subject}>{subject}</option>}
                {view.recommendations.map((row) => (
                  <option key={`r-${cellText(row.id)}`} value={cellText(row.id)}>
                    {`${cellText(row.id)} · ${shortened(cellText(row.text), 50)}`}
                  </option>
                ))}
                {view.actions.map((row) => (
                  <option key={`a-${cellText(row.actionId)}`} value={cellText(row.actionId)}>
                    {`${cellText(row.actionId)} · ${shortened(cellText(row.description), 50)}`}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("taskpane.institution.period")}>
              <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
            </Field>
            <Field
              label={t("taskpane.institution.text")}
              validationState={count?.tooLong ? "error" : "none"}
              validationMessage={count?.tooLong ? t("taskpane.institution.tooLong", { excess: -count.remaining, max: count.max }) : undefined}
            >
              <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={6} aria-describedby={counterId} />
            </Field>
            <Text id={counterId} size={200} aria-live="polite">
              {count && t("taskpane.institution.counter", { length: count.length, max: count.max })}
            </Text>
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => void writeReport(true)} disabled={busy}>
                {t("taskpane.institution.submit")}
              </Button>
              <Button onClick={() => void writeReport(false)} disabled={busy}>
                {t("taskpane.institution.saveDraft")}
              </Button>
            </div>
            <TaskStatus near="institution.write" />
            {confirmation?.part === "write" && <Confirmation confirmation={confirmation} />}
          </div>

          <div className={styles.part}>
            <Text as="h3" size={300} weight="semibold">
              {t("taskpane.institution.review")}
            </Text>
            <Field label={t("taskpane.institution.reviewReport")} hint={reviewedRow && allowedNow ? t("taskpane.institution.allowed", { status: statusOf(reviewedRow), allowed: allowedNow }) : undefined}>
              <Select className={styles.select} value={reviewedRow ? reviewed : ""} onChange={(_, data) => setReviewed(data.value)}>
                <option value="">{t("taskpane.institution.reviewPlaceholder")}</option>
                {view.openReports.map((row) => (
                  <option key={cellText(row.reportId)} value={cellText(row.reportId)}>
                    {`${cellText(row.reportId)} · ${statusOf(row)} · ${cellText(row.subjectId) || "-"}`}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("taskpane.institution.comment")}>
              <Textarea value={comment} onChange={(_, data) => setComment(data.value)} resize="vertical" />
            </Field>
            <div className={styles.buttons}>
              {/* Every step is offered: one not allowed now is refused by the use case, which says why and what is allowed. */}
              {REVIEW_BUTTONS.map((button) => (
                <Button key={button.action} onClick={() => void review(button.action)} disabled={busy || !reviewedRow}>
                  {t(button.label)}
                </Button>
              ))}
            </div>
            <TaskStatus near="institution.review" />
            {confirmation?.part === "review" && <Confirmation confirmation={confirmation} />}
          </div>
        </>
      )}
    </section>
  );
}

/** A confirmation next to the form that caused it, brought into view. */
function Confirmation({ confirmation }: { confirmation: { key: MessageKey; params: MessageParams } }) {
  const t = useTranslate();
  const box = useRef<HTMLDivElement>(null);
  // Braces matter: newer browsers return a Promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: "nearest" });
  }, [confirmation]);
  return (
    <div role="status" aria-live="polite" ref={box}>
      <MessageBar intent="success">
        <MessageBarBody>{t(confirmation.key, confirmation.params)}</MessageBarBody>
      </MessageBar>
    </div>
  );
}

/**
 * Adds an institution to the Institutions table, in the page (standalone or Excel), with the
 * same use case that loads an implementation plan: one upsert keyed by the name.
 */
function AddInstitution({ main, onAdded }: { main: boolean; onAdded(name: string): void }) {
  const styles = useStyles();
  const t = useTranslate();
  const { workbook, busy, runTask, markChanged, host } = useTaskPane();
  const titleId = useId();
  const [name, setName] = useState("");
  const [acronym, setAcronym] = useState("");
  const [focalPoint, setFocalPoint] = useState("");
  if (!workbook) return null;
  const add = async () => {
    const typed = name.trim();
    const ok = await runTask(
      "taskpane.institution.adding",
      async () => {
        if (!typed) throw new UserFacingError("taskpane.institution.nameNeeded");
        const { loadPlan } = await loadFocalPointTools();
        const institution: Record<string, string> = { name: typed };
        if (acronym.trim()) institution.acronym = acronym.trim();
        if (focalPoint.trim()) institution.focalPoint = focalPoint.trim();
        await loadPlan(workbook.port, { institutions: [institution] }, t("taskpane.institution.formName"));
        markChanged();
      },
      { near: "institution.add" },
    );
    if (ok) {
      setName("");
      setAcronym("");
      setFocalPoint("");
      onAdded(typed);
    }
  };
  return (
    <section className={styles.part} aria-labelledby={titleId}>
      <Text as="h3" size={300} weight="semibold" id={titleId}>
        {t("taskpane.institution.addTitle")}
      </Text>
      <Field label={t("taskpane.institution.addName")} required>
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <Field label={t("taskpane.institution.addAcronym")}>
        <Input value={acronym} onChange={(_, data) => setAcronym(data.value)} />
      </Field>
      <Field label={t("taskpane.institution.addFocalPoint")}>
        <Input value={focalPoint} onChange={(_, data) => setFocalPoint(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance={main ? "primary" : "secondary"} onClick={() => void add()} disabled={busy}>
          {t("taskpane.institution.add")}
        </Button>
      </div>
      <TaskStatus near="institution.add" />
      <Text size={200}>{t(host.mode === "standalone" ? "taskpane.institution.addPathStandalone" : "taskpane.institution.addPathExcel")}</Text>
    </section>
  );
}

/** Long lists show their first items until asked, so the report form stays within reach. */
const FIRST_ITEMS = 8;

function RowList({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  const styles = useStyles();
  const t = useTranslate();
  const [all, setAll] = useState(false);
  const shown = all ? children : children.slice(0, FIRST_ITEMS);
  return (
    <div className={styles.part}>
      <Text as="h3" size={300} weight="semibold">
        {title}
      </Text>
      {children.length === 0 ? <Text>{empty}</Text> : <ul className={styles.list}>{shown}</ul>}
      {shown.length < children.length && (
        <div>
          <Button size="small" appearance="subtle" onClick={() => setAll(true)} aria-label={`${t("taskpane.institution.showAll")}: ${title}`}>
            {t("taskpane.institution.showAll")}
          </Button>
        </div>
      )}
    </div>
  );
}
