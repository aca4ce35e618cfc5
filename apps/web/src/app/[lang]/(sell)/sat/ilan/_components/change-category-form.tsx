'use client';

import type { CategoryNode, Locale } from '@tarodan/contracts';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { idleState } from '@/lib/form-state';
import { changeCategoryAction } from '../actions';
import { CategoryOptions } from './category-options';
import { StepNav } from './step-nav';

type Props = {
  locale: Locale;
  csrf: string;
  listingId: string;
  categories: CategoryNode[];
  selected: string;
  general: string;
};

/** Step 1 of an existing listing: moving it keeps the attribute values the new category also asks for. */
export function ChangeCategoryForm({ locale, csrf, listingId, categories, selected, general }: Props) {
  const [state, action] = useFormState(changeCategoryAction, idleState);
  return (
    <form action={action} className="mt-6 flex flex-col gap-6">
      <CsrfField token={csrf} />
      <input type="hidden" name="listingId" value={listingId} />
      <FormAlert state={state} locale={locale} testId="category-alert" />
      <CategoryOptions categories={categories} selected={selected} general={general} />
      <StepNav locale={locale} />
    </form>
  );
}
