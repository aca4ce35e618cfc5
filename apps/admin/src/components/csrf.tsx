'use client';

import type * as React from 'react';
import { createContext, useContext } from 'react';
import { CSRF_FIELD } from '@/lib/constants';

const CsrfContext = createContext('');

/** Hands the double-submit token (rendered by the server from the httpOnly cookie) to client forms. */
export function CsrfProvider({ token, children }: { token: string; children: React.ReactNode }) {
  return <CsrfContext.Provider value={token}>{children}</CsrfContext.Provider>;
}

export function useCsrfToken(): string {
  return useContext(CsrfContext);
}

/** The hidden field every state-changing form carries. */
export function CsrfField() {
  return <input type="hidden" name={CSRF_FIELD} value={useCsrfToken()} />;
}
