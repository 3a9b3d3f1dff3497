import { Button, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type ComponentType } from "react";
import type { MessageKey } from "../model/i18n/messages";
import { useTranslate } from "./i18n";

export interface PageDefinition {
  id: string;
  label: MessageKey;
  component: ComponentType;
  /** The step's number in the work (import, review, check, generate, export); pages outside the steps have none. */
  step?: number;
}

/** Wide enough for every label on one row: below it, only the current page's label is written out. */
const WIDE = "@media (min-width: 600px)";

const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

const useStyles = makeStyles({
  // One row, never wrapped: in a narrow pane the steps show their numbers and the current one its name.
  tabs: { flexWrap: "nowrap", minWidth: 0, maxWidth: "100%", overflow: "hidden" },
  tab: { minWidth: 0, paddingInline: "3px", [WIDE]: { paddingInline: tokens.spacingHorizontalSNudge } },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "1.4em",
    height: "1.4em",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid currentColor`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: 1,
  },
  // A long name ("Mon institution") is cut with an ellipsis rather than pushing the last tab out of the pane.
  label: {
    marginInlineStart: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    display: "inline-block",
    verticalAlign: "bottom",
    maxWidth: "7.5em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    [WIDE]: { maxWidth: "none" },
  },
  labelCompact: { ...visuallyHidden, [WIDE]: { position: "static", width: "auto", height: "auto", margin: 0, overflow: "visible", clip: "auto" } },
  icon: { width: "1.1em", height: "1.1em", fill: "none", stroke: "currentColor", strokeWidth: 1.6 },
  next: { display: "flex", justifyContent: "flex-end", paddingBlockStart: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** Small drawn icons for the two pages that are not steps (no icon library on the first screen). */
function PageIcon({ id, className }: { id: string; className: string }) {
  if (id === "institution") {
    return (
      <svg viewBox="0 0 20 20" className={className} aria-hidden="true" focusable="false">
        <circle cx="10" cy="6.5" r="3.5" />
        <path d="M3.5 17.5c0-3.6 2.9-5.8 6.5-5.8s6.5 2.2 6.5 5.8" />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 20 20" className={className} aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="7.5" />
      <path d="M10 9v5M10 6.2v.1" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The pages as one tab list on one row. The five steps carry their number; the current page
 * also shows its name (every name shows when the pane is wide). The names stay in each tab's
 * accessible name and tooltip, so keyboard and screen-reader users hear them all.
 */
export function StepNavigation({ pages, current, onSelect }: { pages: PageDefinition[]; current: string; onSelect(page: string): void }) {
  const styles = useStyles();
  const t = useTranslate();
  return (
    <nav aria-label={t("taskpane.nav.label")}>
      <TabList className={styles.tabs} selectedValue={current} onTabSelect={(_, data) => onSelect(String(data.value))} size="small">
        {pages.map((page) => (
          <Tab
            key={page.id}
            id={`tab-${page.id}`}
            value={page.id}
            aria-controls="page-panel"
            className={styles.tab}
            title={page.step ? t("taskpane.nav.stepTitle", { n: page.step, name: t(page.label) }) : t(page.label)}
            icon={page.step ? undefined : <PageIcon id={page.id} className={styles.icon} />}
          >
            {page.step && (
              <span className={styles.number} aria-hidden="true">
                {page.step}
              </span>
            )}
            <span className={mergeClasses(styles.label, page.id !== current && styles.labelCompact)}>{t(page.label)}</span>
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}

/** "Next: 3 · Validate" at the end of a step's page; it moves on and puts the focus on the new page's heading. */
export function NextStep({ pages, current, onSelect }: { pages: PageDefinition[]; current: string; onSelect(page: string): void }) {
  const styles = useStyles();
  const t = useTranslate();
  const moved = useRef(false);
  const step = pages.find((page) => page.id === current)?.step;
  const next = step ? pages.find((page) => page.step === step + 1) : undefined;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const heading = document.querySelector<HTMLElement>("#page-panel h2");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    window.scrollTo?.({ top: 0 });
  }, [current]);

  if (!next?.step) return null;
  return (
    <div className={styles.next}>
      <Button
        onClick={() => {
          moved.current = true;
          onSelect(next.id);
        }}
      >
        {t("taskpane.nav.next", { n: next.step, name: t(next.label) })}
      </Button>
    </div>
  );
}
