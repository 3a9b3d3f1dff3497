import { ComingSoon } from "./ComingSoon";

/** The Matrix step: its use case lands in a later version; this page says so plainly. */
export function MatrixPage() {
  return <ComingSoon title="taskpane.nav.matrix" description="taskpane.comingSoon.matrix" />;
}
