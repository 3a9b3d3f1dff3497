import "./office-addin-mock-jest";
import { ExcelWorkbook } from "../../../src/workbook/excel/excel-workbook";
import { describePortContract } from "../port-contract";
import { MockExcelState, uninstall } from "./mock-excel";

afterEach(uninstall);

describePortContract("ExcelWorkbook on the mock Excel object model (ExcelApi 1.9)", async () => {
  new MockExcelState().install();
  return new ExcelWorkbook("contract workbook");
});

describePortContract("ExcelWorkbook on the mock Excel object model (ExcelApi 1.13)", async () => {
  const state = new MockExcelState();
  state.supported = new Set(["1.9", "1.10", "1.13"]);
  state.install();
  return new ExcelWorkbook("contract workbook");
});
