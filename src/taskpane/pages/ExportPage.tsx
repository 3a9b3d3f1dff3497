import { ComingSoon } from "./ComingSoon";

/** The Export step: its use case lands in a later version; this page says so plainly. */
export function ExportPage() {
  return <ComingSoon title="taskpane.nav.export" description="taskpane.comingSoon.export" />;
}
