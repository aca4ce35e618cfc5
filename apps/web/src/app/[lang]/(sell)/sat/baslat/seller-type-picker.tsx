import { type Locale, type SellerType, sellerTypes } from '@tarodan/contracts';
import { Building2, Store, UserRound } from 'lucide-react';
import { getSellerMessages } from '@/lib/i18n/seller-messages';

const icons = { PERSONAL: UserRound, PRIVATE_COMPANY: Store, LIMITED_OR_JOINT_STOCK_COMPANY: Building2 };

/** Radio ids without underscores: seller-form.tsx selects on them in Tailwind `has-[]` variants (`_` = space there). */
export const sellerTypeIds: Record<SellerType, string> = {
  PERSONAL: 'seller-type-personal',
  PRIVATE_COMPANY: 'seller-type-private',
  LIMITED_OR_JOINT_STOCK_COMPANY: 'seller-type-limited',
};

type Props = { locale: Locale; value: SellerType; onChange?: (type: SellerType) => void };

/** Three radio cards. The form below shows each type's fields with CSS (:has), so it works without JavaScript. */
export function SellerTypePicker({ locale, value, onChange }: Props) {
  const t = getSellerMessages(locale);
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-ink">{t.typeLegend}</legend>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        {sellerTypes.map((type) => {
          const Icon = icons[type];
          return (
            <label
              key={type}
              htmlFor={sellerTypeIds[type]}
              className="relative flex cursor-pointer gap-3 rounded-md border border-line bg-surface p-4 transition-colors hover:border-ink/25 has-[:checked]:border-accent has-[:checked]:bg-accent-soft/40 has-[:checked]:ring-1 has-[:checked]:ring-accent has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent sm:flex-col"
            >
              <input
                id={sellerTypeIds[type]}
                type="radio"
                name="type"
                value={type}
                defaultChecked={type === value}
                onChange={() => onChange?.(type)}
                className="peer sr-only"
              />
              <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-muted text-ink-muted peer-checked:bg-accent peer-checked:text-white">
                <Icon className="h-5 w-5" aria-hidden="true" />
              </span>
              <span>
                <span className="block font-semibold text-ink">{t.types[type].title}</span>
                <span className="mt-0.5 block text-sm leading-5 text-ink-muted">{t.types[type].text}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
