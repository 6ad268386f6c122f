import type { DatedValue, IsoDate, Parameter, Reference, YearlyParameter, YearValue } from './types';

/** The value in force on `date`, or undefined before the first one. Values are sorted by `from`. */
export function valueOn<T>(parameter: Parameter<T>, date: IsoDate): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const entry of parameter.values) if (entry.from <= date) found = entry;
  return found;
}

/** The value for exactly that 年度; a year that is not included gives undefined, never a neighbour's value. */
export function valueForYear<T>(parameter: YearlyParameter<T>, year: number): YearValue<T> | undefined {
  return parameter.values.find((entry) => entry.year === year);
}

/** A 年度's value, or a typed "not included" that a caller cannot mistake for a figure. */
export type YearFigure<T> =
  | { kind: 'included'; year: number; value: T; reference: Reference }
  | { kind: 'year-not-included'; year: number; parameter: string };

export function figureForYear<T>(parameter: YearlyParameter<T>, year: number): YearFigure<T> {
  const found = valueForYear(parameter, year);
  return found ? { kind: 'included', ...found } : { kind: 'year-not-included', year, parameter: parameter.id };
}
