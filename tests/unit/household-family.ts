/** The family the household unit tests plan for: one person per channel, the student already paid for 2026. */
import type { Household } from '@/household/model';

export const family: Household = {
  format: 2,
  notifications: false,
  people: [
    { id: 'a', label: '爸爸', category: 'elderly', channel: 'self-pay', paidYears: [] },
    { id: 'b', label: '妈妈', category: 'elderly', channel: 'batch-debit', paidYears: [] },
    { id: 'c', label: '小明', category: 'student', channel: 'school', paidYears: [2026] },
    { id: 'd', label: '我', category: 'working-age', channel: 'personal-account', paidYears: [] },
  ],
};
