import type { Account, Locale } from '@tarodan/contracts';
import { cache } from 'react';
import { getAccount } from './account-api';
import { withSession } from './auth';

/** The signed-in member's account, once per request (the account layout and its pages share it). */
export const loadAccount = cache((locale: Locale): Promise<Account> => withSession(locale, getAccount));
