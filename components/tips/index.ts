/** Every tip, imported for its registration. One line per tip file. */
import './payment-window';

export { tipsFor, registeredTips } from './registry';
export type { RenderedTip, TipContext } from './registry';
