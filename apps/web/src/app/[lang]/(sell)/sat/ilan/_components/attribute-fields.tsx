import type { AttributeValues, CategoryAttribute, Locale } from '@tarodan/contracts';
import { Field, fieldAria } from '@/components/ui/field';
import { Checkbox, Input } from '@/components/ui/input';

type Props = {
  locale: Locale;
  attributes: CategoryAttribute[];
  saved: AttributeValues;
  /** What the member typed, echoed after a refusal (`attributes.<key>` → text). */
  echoed: Record<string, string>;
  errors: Record<string, string>;
  labels: { choose: string; required: string; optional: string };
};

const selectClass =
  'h-11 w-full rounded-sm border border-line bg-surface px-3 text-[15px] text-ink shadow-sm hover:border-ink/25 ' +
  'focus:border-accent/60 focus:outline-none focus:ring-4 focus:ring-accent/10 aria-[invalid=true]:border-accent';

/** The category's own questions, generated from its attribute set: enum → select, number, text, boolean. */
export function AttributeFields({ locale, attributes, saved, echoed, errors, labels }: Props) {
  const sorted = [...attributes].sort((a, b) => a.position - b.position);
  return (
    <div className="grid gap-5 sm:grid-cols-2" data-testid="attribute-fields">
      {sorted.map((attribute) => {
        const name = `attributes.${attribute.key}`;
        const id = `attr-${attribute.key}`;
        const error = errors[name];
        const current =
          echoed[name] ?? (saved[attribute.key] === undefined ? '' : String(saved[attribute.key]));
        const label = attribute.label || (locale === 'tr' ? attribute.labelTr : attribute.labelEn);
        if (attribute.type === 'boolean') {
          const checked = name in echoed ? echoed[name] === 'on' : saved[attribute.key] === true;
          return (
            <div key={attribute.key} className="flex flex-col gap-1 sm:col-span-2">
              <label htmlFor={id} className="flex cursor-pointer items-start gap-3 text-[15px] text-ink">
                <Checkbox {...fieldAria(id, { error })} name={name} defaultChecked={checked} />
                <span className="font-medium">{label}</span>
              </label>
              {error ? <p className="text-[13px] font-medium text-accent-hover">{error}</p> : null}
            </div>
          );
        }
        const unit = attribute.type === 'number' && attribute.unit ? ` (${attribute.unit})` : '';
        return (
          <Field
            key={attribute.key}
            id={id}
            label={`${label}${unit}`}
            optional={attribute.required ? undefined : labels.optional}
            error={error}
          >
            {attribute.type === 'enum' ? (
              <select
                {...fieldAria(id, { error })}
                name={name}
                defaultValue={current}
                required={attribute.required}
                className={selectClass}
              >
                <option value="">{labels.choose}</option>
                {(attribute.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {locale === 'tr' ? option.labelTr : option.labelEn}
                  </option>
                ))}
              </select>
            ) : attribute.type === 'number' ? (
              <Input
                {...fieldAria(id, { error })}
                name={name}
                type="number"
                inputMode="decimal"
                step="any"
                min={attribute.min ?? undefined}
                max={attribute.max ?? undefined}
                required={attribute.required}
                defaultValue={current}
              />
            ) : (
              <Input
                {...fieldAria(id, { error })}
                name={name}
                maxLength={attribute.maxLength ?? 500}
                required={attribute.required}
                defaultValue={current}
              />
            )}
          </Field>
        );
      })}
    </div>
  );
}
