/** Which page kinds a family of tips runs on. */
import type { PageKind } from '@/utils/page-detection';

/** Pages where premiums are paid through the tax channels (monthly window, batch debit). */
export const TAX_PAYMENT_PAGES: PageKind[] = ['etax-social-fee', 'bjt-social-fee'];
/** Pages where a resident pays, or wants to pay, for a 年度. */
export const ENROLMENT_PAGES: PageKind[] = [...TAX_PAYMENT_PAGES, 'ybj-resident', 'rsj-old-platform'];
/** 家庭共济 pages. */
export const POOLING_PAGES: PageKind[] = ['ybj-family-pooling', 'nhsa-beijing-pooling'];
/** Pages about the 医保个人账户. */
export const ACCOUNT_PAGES: PageKind[] = ['ybj-resident', ...POOLING_PAGES];
