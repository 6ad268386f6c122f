/**
 * `load-pack-module.ts` for the background (wxt.config.ts). A worker's build is one file, so a dynamic import is
 * inlined anyway, and the bundler then wraps every module it reaches in a lazy initialiser that defeats
 * tree-shaking: imported statically, the background is about 1 kB gzip smaller.
 */
import * as packModule from './policy-pack';

export const loadPackModule = (): Promise<typeof import('./policy-pack')> => Promise.resolve(packModule);
