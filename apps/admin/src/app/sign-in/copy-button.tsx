'use client';

import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

/** Copies a text to the clipboard and says so for two seconds. */
export function CopyButton({
  text,
  label,
  copiedLabel,
  iconOnly = false,
}: {
  text: string;
  label: string;
  copiedLabel: string;
  iconOnly?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);

  return (
    <Button
      type="button"
      variant="outline"
      size={iconOnly ? 'icon-sm' : 'sm'}
      aria-label={iconOnly ? (copied ? copiedLabel : label) : undefined}
      title={iconOnly ? label : undefined}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        } catch {
          // clipboard refused (insecure context, permissions): the text stays on screen to select by hand
        }
      }}
    >
      {copied ? <Check aria-hidden="true" className="text-success" /> : <Copy aria-hidden="true" />}
      {iconOnly ? null : copied ? copiedLabel : label}
      <span className="sr-only" aria-live="polite">
        {iconOnly && copied ? copiedLabel : ''}
      </span>
    </Button>
  );
}
