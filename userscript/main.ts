/**
 * The payment-page edition (`yibao-helper.user.js`): @match lists the payment pages only, and it carries no notice
 * reader. It still shows the notices saved by the edition with notices (same script to the manager, same storage).
 */
import { startPaymentPageHelper } from './payment-pages';

startPaymentPageHelper();
