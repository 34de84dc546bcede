import { z } from 'zod';

/** Every numeric bound is worded alike, and names the value it refused: "must be between 1 and 100, got 500". */
export function outOfBounds(minimum: number, maximum: number, value: number): string | undefined {
  return Number.isInteger(value) && value >= minimum && value <= maximum
    ? undefined
    : `must be a whole number between ${minimum} and ${maximum}, got ${value}`;
}

/** An integer argument's validation: refused, never clamped, outside minimum..maximum. */
export const boundedInt = (minimum: number, maximum: number) =>
  z.number().superRefine((value, context) => {
    const problem = outOfBounds(minimum, maximum, value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** The page sizes of every connection: 20 items unless `first` asks for 1 to 100. */
export const defaultPageSize = 20;
export const maximumPageSize = 100;
