// The small change both mutation test files use: the base has `tax` (lines 1-3); the change adds a
// blank line 4 and `discount` (lines 5-10), whose boundary `amount > 100` is the mutant to notice.
export const BASE_PRICE = 'export function tax(amount: number): number {\n  return amount * 0.2;\n}\n';
export const HEAD_PRICE =
  BASE_PRICE +
  '\n' +
  'export function discount(amount: number): number {\n' + // 5
  '  if (amount > 100) {\n' + // 6
  '    return amount * 0.9;\n' + // 7
  '  }\n' + // 8
  '  return amount;\n' + // 9
  '}\n'; // 10
