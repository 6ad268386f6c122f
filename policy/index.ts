// The zod schema (`policyBookSchema`, `parsePolicyBook`) is imported from '@/policy/schema' directly: zod's
// module-level calls cannot be tree-shaken, and re-exporting it here put ~90 kB into the content script.
export * from './types';
export * from './civil-date';
export * from './beijing-time';
export * from './book';
export * from './working-days';
export * from './parameter-lookup';
export * from './references';
export * from './parameters/holidays';
export * from './parameters/standards';
export * from './parameters/enrolment';
export * from './parameters/payment-window';
export * from './parameters/batch-debit';
export * from './parameters/mutual-aid';
export * from './parameters/contacts';
export * from './rules/payment-window';
export * from './rules/coverage-year';
export * from './rules/batch-debit';
export * from './rules/account-deduction';
export * from './rules/snapshot';
export * from './rules/self-pay-deadline';
export * from './freshness';
export * from './migrate-pack';
export * from './data-date';
