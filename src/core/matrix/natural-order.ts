/**
 * Orders IDs the way people read them (UPR4-SVN-108.9 before UPR4-SVN-108.45, A-002 before
 * A-010), with no dependence on the platform's locale data, so the matrix is the same everywhere.
 */
export function compareNatural(a: string, b: string): number {
  const left = chunks(a);
  const right = chunks(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index];
    const y = right[index];
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    const order = bothNumbers ? Number(x) - Number(y) || x.length - y.length : x.toUpperCase() < y.toUpperCase() ? -1 : x.toUpperCase() > y.toUpperCase() ? 1 : 0;
    if (order !== 0) return order;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

function chunks(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}
