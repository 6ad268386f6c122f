/**
 * Loads the pack validator (zod) and the trust rules on first use, which keeps them off the extension pages'
 * start-up path. The background's single-file build gets `load-pack-module-bundled.ts` instead (wxt.config.ts).
 */
export const loadPackModule = (): Promise<typeof import('./policy-pack')> => import('./policy-pack');
