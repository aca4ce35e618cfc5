'use client';

import { useEffect, useState } from 'react';
import { en } from './messages/en';
import { type Messages, tr } from './messages/tr';

/** For client-only boundaries (error.tsx) that cannot read the locale cookie: follow <html lang>. */
export function useDocumentMessages(): Messages {
  const [messages, setMessages] = useState<Messages>(tr);
  useEffect(() => {
    setMessages(document.documentElement.lang === 'en' ? en : tr);
  }, []);
  return messages;
}
