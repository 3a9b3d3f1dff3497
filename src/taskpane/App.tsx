import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import type { MessageKey } from "../model/i18n/messages";
import type { Language } from "../model/vocabularies";
import { TaskPaneContext, type TaskControl, type TaskLabel, type TaskPaneState } from "./app-context";
import { errorMessage } from "./errors";
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
import { excelWorkbook, type OpenWorkbook } from "./workbook-session";

const PAGES: { id: string; label: MessageKey; component: ComponentType }[] = [
  { id: "import", label: "taskpane.nav.import", component: ImportPage },
  { id: "suggestions", label: "taskpane.nav.suggestions", component: SuggestionsPage },
  { id: "validate", label: "taskpane.nav.validate", component: ValidatePage },
  { id: "matrix", label: "taskpane.nav.matrix", component: MatrixPage },
  { id: "export", label: "taskpane.nav.export", component: ExportPage },
  { id: "institution", label: "taskpane.nav.institution", component: MyInstitutionPage },
  { id: "about", label: "taskpane.nav.about", component: AboutPage },
];

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  progress: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  progressBar: { flexGrow: 1 },
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
        <TaskPane host={host} language={language} />
      </FluentProvider>
    </LanguageProvider>
  );
}

function TaskPane({ host, language }: { host: HostInfo; language: Language }) {
  const styles = useStyles();
  const t = useTranslate();
  const [workbook, setWorkbook] = useState<OpenWorkbook | null>(null);
  const [page, setPage] = useState(PAGES[0].id);
  const [busyLabel, setBusyLabel] = useState<TaskLabel | null>(null);
  const [error, setError] = useState<unknown>(null);
  // `revision` counts changes; `savedRevision` is the revision the user last opened or downloaded.
  const [changes, setChanges] = useState({ revision: 0, savedRevision: 0 });

  useEffect(() => {
    document.title = t("app.name");
  }, [t]);
  useEffect(() => {
    performance.mark("rights-matrix:first-render");
  }, []);

  const running = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const runTask = useCallback(async (label: TaskLabel, task: (control: TaskControl) => Promise<void>) => {
    setError(null);
    setCancelled(false);
    setBusyLabel(label);
    setProgress(null);
    const abort = new AbortController();
    controller.current = abort;
    running.current += 1;
    const control: TaskControl = {
      signal: abort.signal,
      progress(fraction, next) {
        setProgress(fraction === null ? null : Math.max(0, Math.min(1, fraction)));
        if (next) setBusyLabel(next);
      },
    };
    try {
      await task(control);
      return !abort.signal.aborted;
    } catch (caught) {
      if (abort.signal.aborted) setCancelled(true);
      else setError(caught);
      return false;
    } finally {
      running.current -= 1;
      if (controller.current === abort) controller.current = null;
      if (running.current === 0) {
        setBusyLabel(null);
        setProgress(null);
      }
    }
  }, []);
  const cancelTask = useCallback(() => controller.current?.abort(), []);

  useEffect(() => {
    if (host.mode === "excel") void runTask("taskpane.loading", async () => setWorkbook(await excelWorkbook()));
  }, [host, runTask]);

  const openWorkbook = useCallback((next: OpenWorkbook) => {
    setWorkbook(next);
    setChanges(({ revision }) => ({ revision: revision + 1, savedRevision: revision + 1 }));
  }, []);
  const markChanged = useCallback(() => setChanges(({ revision, savedRevision }) => ({ revision: revision + 1, savedRevision })), []);
  const markSaved = useCallback(() => setChanges(({ revision }) => ({ revision, savedRevision: revision })), []);

  const state: TaskPaneState = useMemo(
    () => ({ host, workbook, busy: busyLabel !== null, runTask, revision: changes.revision, markChanged, openWorkbook }),
    [host, workbook, busyLabel, runTask, changes.revision, markChanged, openWorkbook],
  );
  const busyText = (label: TaskLabel) => (typeof label === "string" ? t(label) : t(label.key, label.params));
  const current = PAGES.find((candidate) => candidate.id === page) ?? PAGES[0];
  const Page = current.component;

  return (
    <TaskPaneContext.Provider value={state}>
      <div className={styles.root} data-mode={host.mode}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t("app.name")}
          </Text>
          <Text size={200}>{t(host.mode === "excel" ? "taskpane.mode.excel" : "taskpane.mode.standalone")}</Text>
          {host.mode === "standalone" && host.reason !== "no-host" && <Text size={200}>{t("taskpane.mode.officeMissing")}</Text>}
        </header>
        {host.mode === "standalone" && (
          <StandaloneFileBar workbook={workbook} onOpen={openWorkbook} unsaved={changes.revision !== changes.savedRevision} onSaved={markSaved} />
        )}
        {error !== null && (
          <MessageBar intent="error" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{t("taskpane.error.title")}</MessageBarTitle>
              {errorMessage(error, language)}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setError(null)}>
                {t("taskpane.error.dismiss")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {cancelled && (
          <MessageBar intent="info">
            <MessageBarBody>{t("taskpane.task.cancelled")}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setCancelled(false)}>
                {t("taskpane.error.dismiss")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {busyLabel !== null && (
          <div className={styles.progress}>
            <Field className={styles.progressBar} validationMessage={busyText(busyLabel)} validationState="none">
              <ProgressBar aria-label={busyText(busyLabel)} value={progress ?? undefined} max={1} />
            </Field>
            <Button size="small" onClick={cancelTask}>
              {t("taskpane.task.cancel")}
            </Button>
          </div>
        )}
        <nav aria-label={t("taskpane.nav.label")}>
          <TabList className={styles.tabs} selectedValue={page} onTabSelect={(_, data) => setPage(String(data.value))} size="small">
            {PAGES.map((candidate) => (
              <Tab key={candidate.id} id={`tab-${candidate.id}`} value={candidate.id} aria-controls="page-panel">
                {t(candidate.label)}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main>
          <div className={styles.panel} id="page-panel" role="tabpanel" aria-labelledby={`tab-${current.id}`}>
            <Page />
          </div>
        </main>
      </div>
    </TaskPaneContext.Provider>
  );
}
