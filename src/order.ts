// One string order for everything diffgate sorts: UTF-16 code units, the same on every machine.
// `localeCompare` depends on the runner's ICU data and locale, so a report could change order
// between a laptop and CI.
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
