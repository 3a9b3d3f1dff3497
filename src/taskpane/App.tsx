import { FluentProvider, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../model/vocabularies";
import { TaskPaneContext, useTaskPane, type TaskControl, type TaskLabel, type TaskOptions, type TaskPaneState, type TaskStatusState } from "./app-context";
import type { HostInfo } from "./host";
import { LanguageProvider, initialLanguage, storeLanguage, useTranslate } from "./i18n";
import { AboutPage } from "./pages/AboutPage";
import { ExportPage } from "./pages/ExportPage";
import { ImportPage } from "./pages/ImportPage";
import { MatrixPage } from "./pages/MatrixPage";
import { MyInstitutionPage } from "./pages/MyInstitutionPage";
import { SuggestionsPage } from "./pages/SuggestionsPage";
import { ValidatePage } from "./pages/ValidatePage";
import { StandaloneFileBar } from "./StandaloneFileBar";
import { NextStep, StepNavigation, type PageDefinition } from "./StepNavigation";
import { TaskStatus } from "./TaskStatus";
import { excelWorkbook, type OpenWorkbook } from "./workbook-session";

/** The pages in the order of the work; `step` numbers the five steps (the other two are not steps). */
const PAGES: PageDefinition[] = [
  { id: "import", label: "taskpane.nav.import", component: ImportPage, step: 1 },
  { id: "suggestions", label: "taskpane.nav.suggestions", component: SuggestionsPage, step: 2 },
  { id: "validate", label: "taskpane.nav.validate", component: ValidatePage, step: 3 },
  { id: "matrix", label: "taskpane.nav.matrix", component: MatrixPage, step: 4 },
  { id: "export", label: "taskpane.nav.export", component: ExportPage, step: 5 },
  { id: "institution", label: "taskpane.nav.institution", component: MyInstitutionPage },
  { id: "about", label: "taskpane.nav.about", component: AboutPage },
];

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: "border-box", minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  main: { minWidth: 0 },
});

function preferredTheme(host: HostInfo) {
  if (host.mode === "excel") return host.dark ? webDarkTheme : webLightTheme;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? webDarkTheme : webLightTheme;
}

export function App({ host }: { host: HostInfo }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage(host.mode === "excel" ? host.displayLanguage : null));
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);
  const languageState = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageProvider value={languageState}>
      <FluentProvider theme={preferredTheme(host)}>
        <TaskPane host={host} />
      </FluentProvider>
    </LanguageProvider>
  );
}

function TaskPane({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const t = useTranslate();
  const [workbook, setWorkbook] = useState<OpenWorkbook | null>(null);
  const [page, setPage] = useState(PAGES[0].id);
  const [status, setStatus] = useState<TaskStatusState>({ busyLabel: null, progress: null, error: null, cancelled: false });
  // `revision` counts changes; `savedRevision` is the revision the user last opened or downloaded.
  const [changes, setChanges] = useState({ revision: 0, savedRevision: 0 });
  // The status areas on screen (`<TaskStatus near=…>`); a task whose area is gone reports at the top.
  const [statusAreas, setStatusAreas] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    document.title = t("app.name");
  }, [t]);
  useEffect(() => {
    performance.mark("rights-matrix:first-render");
  }, []);

  const running = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const runTask = useCallback(async (label: TaskLabel, task: (control: TaskControl) => Promise<void>, options: TaskOptions = {}) => {
    const near = options.near;
    setStatus({ near, busyLabel: label, progress: null, error: null, cancelled: false });
    const abort = new AbortController();
    controller.current = abort;
    running.current += 1;
    const control: TaskControl = {
      signal: abort.signal,
      progress(fraction, next) {
        setStatus((current) => ({
          ...current,
          progress: fraction === null ? null : Math.max(0, Math.min(1, fraction)),
          busyLabel: next ?? current.busyLabel,
        }));
      },
    };
    try {
      await task(control);
      return !abort.signal.aborted;
    } catch (caught) {
      if (abort.signal.aborted) setStatus((current) => ({ ...current, near, cancelled: true }));
      else setStatus((current) => ({ ...current, near, error: caught }));
      return false;
    } finally {
      running.current -= 1;
      if (controller.current === abort) controller.current = null;
      if (running.current === 0) setStatus((current) => ({ ...current, busyLabel: null, progress: null }));
    }
  }, []);
  const cancelTask = useCallback(() => controller.current?.abort(), []);
  const dismissStatus = useCallback(() => setStatus((current) => ({ ...current, error: null, cancelled: false })), []);
  const registerStatusArea = useCallback((near: string) => {
    setStatusAreas((areas) => new Map(areas).set(near, (areas.get(near) ?? 0) + 1));
    return () =>
      setStatusAreas((areas) => {
        const next = new Map(areas);
        const count = (next.get(near) ?? 1) - 1;
        if (count > 0) next.set(near, count);
        else next.delete(near);
        return next;
      });
  }, []);

  useEffect(() => {
    if (host.mode === "excel") void runTask("taskpane.loading", async () => setWorkbook(await excelWorkbook()));
  }, [host, runTask]);

  // A workbook replaced by another lets go of its file (in the standalone page, its worker).
  useEffect(() => () => workbook?.close?.(), [workbook]);
  const openWorkbook = useCallback((next: OpenWorkbook) => {
    setWorkbook(next);
    setChanges(({ revision }) => ({ revision: revision + 1, savedRevision: revision + 1 }));
  }, []);
  const markChanged = useCallback(() => setChanges(({ revision, savedRevision }) => ({ revision: revision + 1, savedRevision })), []);
  const markSaved = useCallback(() => setChanges(({ revision }) => ({ revision, savedRevision: revision })), []);
  const goToPage = useCallback((next: string) => setPage(next), []);

  const state: TaskPaneState = useMemo(
    () => ({
      host,
      workbook,
      busy: status.busyLabel !== null,
      runTask,
      status,
      cancelTask,
      dismissStatus,
      registerStatusArea,
      goToPage,
      revision: changes.revision,
      markChanged,
      openWorkbook,
    }),
    [host, workbook, status, runTask, cancelTask, dismissStatus, registerStatusArea, goToPage, changes.revision, markChanged, openWorkbook],
  );
  const current = PAGES.find((candidate) => candidate.id === page) ?? PAGES[0];
  const Page = current.component;
  // A task started next to a control reports there; if that spot is not on screen, at the top.
  const statusAtTop = status.near === undefined || !statusAreas.has(status.near);

  return (
    <TaskPaneContext.Provider value={state}>
      <div className={styles.root} data-mode={host.mode}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t("app.name")}
          </Text>
          <Text size={200}>{t(host.mode === "excel" ? "taskpane.mode.excel" : "taskpane.mode.standaloneShort")}</Text>
        </header>
        {host.mode === "standalone" && (
          <StandaloneFileBar workbook={workbook} onOpen={openWorkbook} unsaved={changes.revision !== changes.savedRevision} onSaved={markSaved} />
        )}
        {statusAtTop && <TopStatus />}
        <StepNavigation pages={PAGES} current={current.id} onSelect={setPage} />
        <main className={styles.main}>
          <div className={styles.panel} id="page-panel" role="tabpanel" aria-labelledby={`tab-${current.id}`}>
            <Page />
            <NextStep pages={PAGES} current={current.id} onSelect={setPage} />
          </div>
        </main>
      </div>
    </TaskPaneContext.Provider>
  );
}

/** The top status area shows the task of a spot that is not on screen as if it were its own. */
function TopStatus() {
  const parent = useTaskPane();
  const state = useMemo(() => ({ ...parent, status: { ...parent.status, near: undefined } }), [parent]);
  return (
    <TaskPaneContext.Provider value={state}>
      <TaskStatus />
    </TaskPaneContext.Provider>
  );
}
