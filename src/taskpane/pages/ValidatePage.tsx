import { ComingSoon } from "./ComingSoon";

/** The Validate step: its use case lands in a later version; this page says so plainly. */
export function ValidatePage() {
  return <ComingSoon title="taskpane.nav.validate" description="taskpane.comingSoon.validate" />;
}
