/** Every tip's id: the `data-tip` attribute of its section in the panel. */
export const tipIds = [
  'enrolment-open',
  'enrolment-closed-waiting',
  'year-not-covered',
  'payment-window',
  'batch-debit-day',
  'account-deduction',
  'pooling-prerequisites',
  'channel-moved',
  'hotlines',
  'calendar-not-covered',
  'imported-pack',
] as const;

export type TipId = (typeof tipIds)[number];
