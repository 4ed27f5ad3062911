/** The months of the year as articles write them, in order (January is index 0). */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The months as a regular-expression alternation ("January|February|...|December"). */
export const MONTH = MONTHS.join('|');
