'use server';

import { type SellerType, sellerOnboardingRequestSchema, sellerTypes } from '@tarodan/contracts';
import { revalidatePath } from 'next/cache';
import { startSelling } from '@/lib/account-api';
import { successState, validationState } from '@/lib/action-result';
import { type FormState, readFields } from '@/lib/form-state';
import { getSellerMessages } from '@/lib/i18n/seller-messages';
import { runMemberAction } from '@/lib/member-action';

const COMMON = ['storeName', 'contactName', 'contactSurname', 'iban', 'address', 'city', 'phone'] as const;
const ALL = [...COMMON, 'identityNumber', 'taxNumber', 'taxOffice', 'legalCompanyTitle'] as const;

/** The fields each seller type sends (iyzico's sub-merchant rules, mirrored by sellerOnboardingRequestSchema). */
const FIELDS_BY_TYPE: Record<SellerType, readonly (typeof ALL)[number][]> = {
  PERSONAL: [...COMMON, 'identityNumber'],
  PRIVATE_COMPANY: [...COMMON, 'identityNumber', 'taxOffice', 'legalCompanyTitle'],
  LIMITED_OR_JOINT_STOCK_COMPANY: [...COMMON, 'taxNumber', 'taxOffice', 'legalCompanyTitle'],
};

function sellerType(value: FormDataEntryValue | null): SellerType {
  return sellerTypes.find((type) => type === value) ?? 'PERSONAL';
}

/**
 * Registers (or updates) the member as a seller: PUT /v1/account/seller, which creates the iyzico sub-merchant.
 * Field errors come back per field (`body.identityNumber` → identityNumber) from the schema or from the API.
 */
export async function startSellingAction(_previous: FormState, form: FormData): Promise<FormState> {
  const type = sellerType(form.get('type'));
  const values = { type, ...readFields(form, ALL) };
  return runMemberAction(form, values, async (token, locale) => {
    const body = Object.fromEntries(FIELDS_BY_TYPE[type].map((name) => [name, values[name]]));
    const parsed = sellerOnboardingRequestSchema.safeParse({ type, ...body });
    if (!parsed.success) return validationState(parsed.error, locale, values);
    await startSelling(token, parsed.data);
    revalidatePath('/', 'layout');
    return successState(getSellerMessages(locale).created);
  });
}
