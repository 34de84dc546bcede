import { datePrecisions } from '../../model/kinds.js';
import { builder } from '../builder.js';

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description:
    'How exactly a date is known. A MONTH date such as "2023-05" sorts at the first of the month and overlaps every range that touches May 2023.',
  values: datePrecisions,
});
