import type { Locale, SellerProfile } from '@tarodan/contracts';
import { cache } from 'react';
import { getSellerProfile } from '@/lib/account-api';
import { withSession } from '@/lib/auth';

/** The member's seller profile (null before onboarding), once per request: the layout and preview share it. */
export const loadSeller = cache(
  (locale: Locale): Promise<SellerProfile | null> => withSession(locale, getSellerProfile),
);
