/**
 * Brings a policy pack (parsed JSON, not yet validated) of an older format up to the current one, so a pack a
 * person saved or exported earlier still loads. Pure: returns a new object, changes nothing but what each step
 * names; whatever it does not recognise is left for `parsePolicyBook` to reject. Call it between `JSON.parse` and
 * `parsePolicyBook`.
 */
import { POLICY_PACK_FORMAT } from './types';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deletes `key` from every value of a parameter (`parameters.<name>.values[*].value`), where the shape allows. */
function dropValueKey(pack: Json, parameter: string, key: string): void {
  const parameters = pack.parameters;
  const values = isRecord(parameters) && isRecord(parameters[parameter]) ? parameters[parameter].values : undefined;
  if (!Array.isArray(values)) return;
  for (const entry of values) if (isRecord(entry) && isRecord(entry.value)) delete entry.value[key];
}

/** Step `n` turns a format-`n` pack into a format-`n + 1` one (in place, on a copy). */
const steps: Record<number, (pack: Json) => void> = {
  // 1 → 2: keys no rule read. `ifNotWorkingDay` only gained values, so format-1 values stay valid.
  1: (pack) => {
    dropValueKey(pack, 'mutualAidFiling', 'moduleName');
    dropValueKey(pack, 'personalAccountDeduction', 'when');
  },
};

/** Format 1 packs have no `format` key. */
function formatOf(pack: Json): unknown {
  return 'format' in pack ? pack.format : 1;
}

export function migratePack(json: unknown): unknown {
  if (!isRecord(json)) return json;
  let format = formatOf(json);
  // The current format, a future one, or nonsense: untouched, for the schema to accept or reject.
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1 || format >= POLICY_PACK_FORMAT)
    return json;
  const pack = structuredClone(json);
  for (; format < POLICY_PACK_FORMAT; format++) steps[format](pack);
  // `format` first, as in the bundled book.
  const { format: _old, ...rest } = pack;
  return { format: POLICY_PACK_FORMAT, ...rest };
}
