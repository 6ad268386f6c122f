import { notice2022Year } from '../references';
import type { Parameter } from '../types';

export interface PaymentWindow {
  firstDay: number;
  lastDay: number;
  /** Payments must be made before this Beijing time, `HH:MM`. */
  closesAt: string;
}

/** "缴费时间调整为每月5至20日期间的工作日15:00前" — in force since October 2021, repeated in the 2023 and 2024 notices. */
export const paymentWindow: Parameter<PaymentWindow> = {
  id: 'payment-window',
  description: '每月缴费时间：每月5至20日期间的工作日15:00前',
  values: [{ from: '2021-10-01', value: { firstDay: 5, lastDay: 20, closesAt: '15:00' }, reference: notice2022Year }],
};
