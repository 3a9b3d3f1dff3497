import { orderedSheetNames } from "../../src/workbook/sheet-order";

test("sheets that were there keep the order people gave them", () => {
  const existing = ["Recommendations", "Contacts", "Clusters", "Lists", "Budget"];
  expect(orderedSheetNames(existing, [])).toEqual(existing);
});

test("a new sheet of ours goes before the first of ours that follows it", () => {
  expect(orderedSheetNames(["Notes", "Recommendations", "Contacts", "Lists"], ["Dashboard", "Monitoring Matrix"])).toEqual([
    "Notes",
    "Dashboard",
    "Monitoring Matrix",
    "Recommendations",
    "Contacts",
    "Lists",
  ]);
});

test("a new sheet of ours with nothing of ours after it follows the last of ours; other new sheets go last", () => {
  expect(orderedSheetNames(["Recommendations", "Budget"], ["Lists", "Scratch"])).toEqual(["Recommendations", "Lists", "Budget", "Scratch"]);
});

test("in a workbook with none of our sheets yet, ours go first", () => {
  expect(orderedSheetNames(["Sheet1"], ["Lists", "Recommendations", "Scratch"])).toEqual(["Recommendations", "Lists", "Sheet1", "Scratch"]);
});
