import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookPort } from "../workbook/port";
import type { SuggestionReview } from "./suggestion-review";

/** A review in progress, and what it was made from. */
/** What a reviewer sees of a recommendation beside its text. */
export interface RecommendationFacts {
  /** The Recommending States cell. */
  states: string;
  /** The Themes cell, when someone filled it. */
  themes: string;
}

export interface SuggestionSession {
  review: SuggestionReview;
  /** Recommendation text by ID. */
  texts: Record<string, string>;
  facts: Record<string, RecommendationFacts>;
  /** The themes suggested for each recommendation, whatever was decided since (for counting what a cluster shares). */
  suggestedThemes: Record<string, string[]>;
  /** Titles of the suggested SDG targets, in the interface language. */
  sdgTitles: Record<string, string>;
  recommendationCount: number;
  /** Recommendations left out because they were in a cluster already. */
  leftOutClustered: number;
  /** The number the next new cluster takes in the workbook (C-004: 4). */
  firstClusterNumber: number;
  /** The task pane's revision when the suggestions were made: a later one means they may be stale. */
  revision: number;
}

// Pages unmount when the user switches tab; a review (and a run that finishes meanwhile) must
// survive that. Keyed by the open workbook, so another workbook starts with no review.
const sessions = new WeakMap<WorkbookPort, SuggestionSession>();

export type SessionUpdate = SuggestionSession | null | ((current: SuggestionSession | null) => SuggestionSession | null);

/** The review of the open workbook, kept across page switches for as long as the workbook is open. */
export function useSuggestionSession(port: WorkbookPort | null): [SuggestionSession | null, (update: SessionUpdate) => void] {
  const [session, setSession] = useState<SuggestionSession | null>(() => (port ? sessions.get(port) ?? null : null));
  // A run started on one workbook may finish after another was opened: it updates its own workbook's review only.
  const shown = useRef(port);
  useEffect(() => {
    shown.current = port;
    setSession(port ? sessions.get(port) ?? null : null);
  }, [port]);
  const update = useCallback(
    (next: SessionUpdate) => {
      if (!port) return;
      const value = typeof next === "function" ? next(sessions.get(port) ?? null) : next;
      if (value) sessions.set(port, value);
      else sessions.delete(port);
      if (shown.current === port) setSession(value);
    },
    [port],
  );
  return [session, update];
}
