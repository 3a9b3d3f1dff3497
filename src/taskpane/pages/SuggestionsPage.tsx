import { ComingSoon } from "./ComingSoon";

/** The Suggestions step: its use case lands in a later version; this page says so plainly. */
export function SuggestionsPage() {
  return <ComingSoon title="taskpane.nav.suggestions" description="taskpane.comingSoon.suggestions" />;
}
