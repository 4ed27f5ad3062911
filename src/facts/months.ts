/** Calendar words (months, their short forms, days), one list for every folder: English, no story words. */

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

/** The short forms news writes for months ("Jan", "Sept"); "May" has none. */
export const MONTH_SHORT_FORMS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/** The months and their short forms as a regular-expression alternation ("January|...|Dec"). */
export const MONTH_OR_SHORT = [...MONTHS, ...MONTH_SHORT_FORMS].join('|');

/** The days of the week, from Monday. */
export const DAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** The days of the week as a regular-expression alternation ("Monday|...|Sunday"). */
export const DAY = DAYS.join('|');
