/**
 * Orders IDs the way people read them (UPR4-SVN-108.9 before UPR4-SVN-108.45, A-002 before
 * A-010), with no dependence on the platform's locale data, so the matrix is the same
 * everywhere. Runs of digits compare by value, other characters without case; it scans the
 * strings in place because sorting thousands of IDs calls it hundreds of thousands of times.
 */
export function compareNatural(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      let endA = i;
      let endB = j;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      // Compare digit runs by value: skip leading zeros, then length, then digit by digit.
      let startA = i;
      let startB = j;
      while (startA < endA - 1 && a.charCodeAt(startA) === 48) startA++;
      while (startB < endB - 1 && b.charCodeAt(startB) === 48) startB++;
      const lengthOrder = endA - startA - (endB - startB);
      if (lengthOrder !== 0) return lengthOrder;
      for (let k = 0; k < endA - startA; k++) {
        const order = a.charCodeAt(startA + k) - b.charCodeAt(startB + k);
        if (order !== 0) return order;
      }
      const zerosOrder = endA - i - (endB - j);
      if (zerosOrder !== 0) return zerosOrder;
      i = endA;
      j = endB;
      continue;
    }
    const order = upper(x) - upper(y);
    if (order !== 0) return order;
    i++;
    j++;
  }
  return a.length - i - (b.length - j) || (a < b ? -1 : a > b ? 1 : 0);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const upper = (code: number): number => (code >= 97 && code <= 122 ? code - 32 : code);

/** Plain code-unit order: ISO days and codes sort the same on every platform, whatever its locale rules. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
