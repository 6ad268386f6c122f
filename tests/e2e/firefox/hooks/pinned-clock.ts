/**
 * E2E builds only (tests/e2e/firefox/build.ts prepends this to every entrypoint): Firefox ESR does not start
 * under libfaketime, so the extension's own clock starts at a build-time instant and runs on from there, as
 * libfaketime's `@` mode does. Release builds never contain this module or the constant.
 */
declare const __YIBAO_E2E_NOW__: number;

const RealDate = Date;
const offset = __YIBAO_E2E_NOW__ - RealDate.now();
const pinnedNow = () => RealDate.now() + offset;

class PinnedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(pinnedNow());
    else super(...(args as [string | number]));
  }
  static now = pinnedNow;
}

globalThis.Date = PinnedDate as DateConstructor;
/** Lets a test tell an e2e build from a release build. */
(globalThis as { __yibaoE2eClock?: number }).__yibaoE2eClock = __YIBAO_E2E_NOW__;
