import type { DatedValue, IsoDate, Parameter, YearlyParameter, YearValue } from './types';

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
