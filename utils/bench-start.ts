/**
 * Imported first by the content script, so that in bench builds `content-start` marks the moment its code starts
 * running: before any other module's top-level code, which is part of what the script costs a page.
 */
import { benchMark } from './bench-marks';

benchMark('content-start');
