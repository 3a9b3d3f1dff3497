import { compareNatural } from "../../../src/core/matrix/natural-order";

test("IDs sort as people read them", () => {
  const ids = ["UPR4-SVN-108.45", "a-010", "UPR4-SVN-108.9", "A-002", "CRC-SVN-2013-27(b)", "CRC-SVN-2013-27", "A-02", "UPR3-SVN-108.9", "A-2"];
  expect([...ids].sort(compareNatural)).toEqual(["A-2", "A-02", "A-002", "a-010", "CRC-SVN-2013-27", "CRC-SVN-2013-27(b)", "UPR3-SVN-108.9", "UPR4-SVN-108.9", "UPR4-SVN-108.45"]);
  expect(compareNatural("C-01", "C-01")).toBe(0);
  expect(Math.sign(compareNatural("a", "A"))).toBe(1);
});
