'use client';
/* eslint-disable @next/next/no-img-element -- a local object URL preview cannot go through next/image */

import type { Locale } from '@tarodan/contracts';
import { ImageUp, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { Button, buttonClasses } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { AVATAR_TYPES, type AvatarOutcome, avatarTypeOk, MAX_AVATAR_BYTES } from '@/lib/avatar';
import { CSRF_FIELD, CSRF_HEADER } from '@/lib/csrf-token';
import { idleState } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { deleteAvatarAction } from '../profile-actions';

type Props = {
  locale: Locale;
  csrf: string;
  name: string;
  url: string | null;
  /** The outcome of a no-JavaScript upload, from `?avatar=` after the redirect. */
  initialOutcome?: AvatarOutcome;
};

function outcomeMessage(outcome: AvatarOutcome, locale: Locale): { tone: 'success' | 'error'; text: string } {
  const t = getAccountMessages(locale).avatar;
  const texts: Record<AvatarOutcome, string> = {
    uploaded: t.uploaded,
    removed: t.removed,
    'too-large': t.tooLarge,
    'bad-type': t.badType,
    missing: t.missing,
    failed: getFormMessages(locale).unavailable,
    refused: getFormMessages(locale).csrf,
    'signed-out': getFormMessages(locale).sessionExpired,
  };
  return {
    tone: outcome === 'uploaded' || outcome === 'removed' ? 'success' : 'error',
    text: texts[outcome],
  };
}

/**
 * Photo upload. Without JavaScript: a multipart POST to /bff/avatar that redirects back. With it: a preview of the
 * chosen file, checks before sending, and the same endpoint called with fetch.
 */
export function AvatarForm({ locale, csrf, name, url, initialOutcome }: Props) {
  const t = getAccountMessages(locale).avatar;
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<AvatarOutcome | undefined>(initialOutcome);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [removeState, removeAction] = useFormState(deleteAvatarAction, idleState);

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  function choose() {
    const file = input.current?.files?.[0];
    setChosen(Boolean(file));
    setOutcome(undefined);
    setPreview(file && avatarTypeOk(file.type) ? URL.createObjectURL(file) : null);
    if (file && !avatarTypeOk(file.type)) setOutcome('bad-type');
    else if (file && file.size > MAX_AVATAR_BYTES) setOutcome('too-large');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setOutcome('missing');
    if (!avatarTypeOk(file.type)) return setOutcome('bad-type');
    if (file.size > MAX_AVATAR_BYTES) return setOutcome('too-large');
    const body = new FormData(event.currentTarget);
    setBusy(true);
    try {
      const response = await fetch('/bff/avatar', {
        method: 'POST',
        body,
        headers: { accept: 'application/json', [CSRF_HEADER]: String(body.get(CSRF_FIELD) ?? '') },
      });
      const result = (await response.json().catch(() => ({ outcome: 'failed' }))) as {
        outcome: AvatarOutcome;
      };
      setOutcome(response.status === 403 ? 'refused' : result.outcome);
      if (result.outcome === 'uploaded') {
        setPreview(null);
        setChosen(false);
        if (input.current) input.current.value = '';
        router.refresh();
      }
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  }

  const message = outcome ? outcomeMessage(outcome, locale) : null;
  return (
    <div className="flex flex-col gap-4">
      {message ? (
        <Alert tone={message.tone} data-testid="avatar-alert">
          {message.text}
        </Alert>
      ) : null}
      <FormAlert state={removeState} locale={locale} testId="avatar-remove-alert" />
      <div className="flex items-center gap-4">
        {preview ? (
          <span className="relative inline-flex h-20 w-20 shrink-0 overflow-hidden rounded-full ring-2 ring-accent">
            {/* biome-ignore lint/performance/noImgElement: a local object URL preview */}
            <img
              src={preview}
              alt={t.preview}
              className="h-full w-full object-cover"
              data-testid="avatar-preview"
            />
          </span>
        ) : (
          <Avatar name={name} url={url} size="lg" />
        )}
        <p className="text-sm leading-6 text-ink-muted" id="avatar-hint">
          {t.hint}
        </p>
      </div>
      <form
        action="/bff/avatar"
        method="post"
        encType="multipart/form-data"
        onSubmit={submit}
        className="flex flex-wrap items-center gap-3"
      >
        <CsrfField token={csrf} />
        <input type="hidden" name="locale" value={locale} />
        <label
          className={buttonClasses(
            'secondary',
            'md',
            'cursor-pointer focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent',
          )}
        >
          <ImageUp className="h-4 w-4" aria-hidden="true" />
          {t.choose}
          <input
            ref={input}
            type="file"
            name="avatar"
            accept={AVATAR_TYPES.join(',')}
            aria-describedby="avatar-hint"
            onChange={choose}
            className="sr-only"
            data-testid="avatar-input"
          />
        </label>
        {hydrated && !chosen ? null : (
          <Button type="submit" disabled={busy} aria-disabled={busy}>
            {busy ? t.uploading : t.upload}
          </Button>
        )}
      </form>
      {url ? (
        <form action={removeAction}>
          <CsrfField token={csrf} />
          <SubmitButton variant="ghost" size="sm" className="px-2 text-ink-muted">
            <Trash2 className="h-4 w-4" aria-hidden="true" />
            {t.remove}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
