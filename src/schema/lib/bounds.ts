import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { z } from 'zod';
import { badInput } from '../../errors.js';

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

/** Throws a BAD_USER_INPUT naming the bound, never clamps: a caller asking for 500 learns the limit is 100. */
export function checkPageSize(args: DefaultConnectionArguments): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    const problem = size === null || size === undefined ? undefined : outOfBounds(1, maximumPageSize, size);
    if (problem) throw badInput(name, problem);
  }
}

/** Throws a BAD_USER_INPUT for a cursor no page of the list gave, instead of answering a page from somewhere else. */
export function checkCursors(args: DefaultConnectionArguments, isCursor: (cursor: string) => boolean): void {
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (typeof cursor === 'string' && !isCursor(cursor)) throw badInput(name, 'is no cursor of this list; pass a cursor from one of its pages');
  }
}
