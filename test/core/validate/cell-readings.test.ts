import { dateFromExcelSerial, excelSerialFromDate, numberFromText, readDate, readNumber, readYear } from "../../../src/core/validate/cell-readings";

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

describe("dates arrive as Date objects, Excel serials or text", () => {
  it("takes Date objects as they are", () => {
    expect(readDate(day(2025, 3, 31))).toEqual({ kind: "value", value: day(2025, 3, 31), fromText: false });
  });

  it("reads Excel serial numbers the way Excel counts (epoch 1899-12-30, past the fictitious 1900-02-29)", () => {
    expect(dateFromExcelSerial(45747)).toEqual(day(2025, 3, 31));
    expect(dateFromExcelSerial(61)).toEqual(day(1900, 3, 1));
    expect(dateFromExcelSerial(59)).toEqual(day(1900, 2, 28));
    expect(dateFromExcelSerial(60)).toBeNull();
    expect(excelSerialFromDate(day(2025, 3, 31))).toBe(45747);
    expect(readDate(45747.75)).toMatchObject({ kind: "value", fromText: false });
  });

  it("refuses serials outside the plausible years: a year typed into a date cell is a mistake", () => {
    expect(readDate(2025)).toEqual({ kind: "invalid", text: "2025" });
  });

  it("reads ISO, year-first and day-first text, and US order only when the day cannot be a month", () => {
    expect(readDate("2025-03-31")).toEqual({ kind: "value", value: day(2025, 3, 31), fromText: true });
    expect(readDate("2025-03-31T00:00:00Z")).toMatchObject({ value: day(2025, 3, 31) });
    expect(readDate("2025/03/31")).toMatchObject({ value: day(2025, 3, 31) });
    expect(readDate("31/03/2025")).toMatchObject({ value: day(2025, 3, 31) });
    expect(readDate("31.03.2025")).toMatchObject({ value: day(2025, 3, 31) });
    expect(readDate("03/31/2025")).toMatchObject({ value: day(2025, 3, 31) });
    expect(readDate("04/03/2025")).toMatchObject({ value: day(2025, 3, 4) });
  });

  it("refuses dates that do not exist and words", () => {
    expect(readDate("31/02/2026")).toEqual({ kind: "invalid", text: "31/02/2026" });
    expect(readDate("2025-13-01").kind).toBe("invalid");
    expect(readDate("end of 2026").kind).toBe("invalid");
    expect(readDate(true).kind).toBe("invalid");
    expect(readDate("  ").kind).toBe("blank");
    expect(readDate(null).kind).toBe("blank");
  });
});

describe("numbers arrive as numbers or text in several notations", () => {
  it.each([
    ["1200", 1200],
    ["1,200", 1200],
    ["1,200.50", 1200.5],
    ["1.200,50", 1200.5],
    ["1 200", 1200],
    ["1\u00a0200,5", 1200.5],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1.200.000", 1200000],
    ["45%", 0.45],
    ["-3", -3],
  ])("%s is %d", (text, value) => {
    expect(numberFromText(text)).toBeCloseTo(value, 10);
  });

  it.each(["about a fifth", "1,2,3", "12 EUR", "", "N/A"])("%s is not a number", (text) => {
    expect(numberFromText(text)).toBeNull();
  });

  it("tells numbers from numbers typed as text", () => {
    expect(readNumber(30)).toEqual({ kind: "value", value: 30, fromText: false });
    expect(readNumber("30")).toEqual({ kind: "value", value: 30, fromText: true });
    expect(readNumber(day(2025, 1, 1)).kind).toBe("invalid");
  });

  it("reads years as whole numbers in range", () => {
    expect(readYear("2024")).toMatchObject({ kind: "value", value: 2024 });
    expect(readYear(2024.5).kind).toBe("invalid");
    expect(readYear(1900).kind).toBe("invalid");
  });
});
