/** Every tip, imported for its registration, in the order the panel shows them. One line per tip file. */
import './channel-moved';
import './year-not-covered';
import './enrolment-open';
import './enrolment-closed-waiting';
import './payment-window';
import './batch-debit-day';
import './calendar-not-covered';
import './account-deduction';
import './pooling-prerequisites';
import './hotlines';

export { tipsFor, tipContext, registeredTips } from './registry';
export type { RenderedTip, TipContext } from './registry';
