/**
 * The port contract on the Excel adapter through Microsoft's own Office.js library: every
 * command is queued on the real proxies, serialised by the real request code and answered by the
 * test host's in-memory workbook (test/support/office-js-host).
 */
import { ExcelWorkbook } from "../../../src/workbook/excel/excel-workbook";
import { HostedExcel } from "../../support/office-js-host/hosted-excel";
import { describePortContract } from "../port-contract";

describePortContract("ExcelWorkbook through Office.js (ExcelApi 1.9)", async () => {
  const excel = new HostedExcel();
  return new ExcelWorkbook("contract workbook", excel.api);
});

describePortContract("ExcelWorkbook through Office.js (ExcelApi 1.13)", async () => {
  const excel = new HostedExcel();
  excel.supported = new Set(["1.9", "1.10", "1.13"]);
  return new ExcelWorkbook("contract workbook", excel.api);
});
