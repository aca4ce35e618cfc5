import { redirect } from 'next/navigation';
import { toLocale } from '@/lib/i18n/locale';
import { stepHref } from '../_lib/steps';

/** `/sat/ilan/<id>` opens the listing's details step. */
export default function EditListingPage({ params }: { params: { lang: string; id: string } }) {
  redirect(stepHref(toLocale(params.lang), params.id, 'bilgiler'));
}
