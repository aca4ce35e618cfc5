import { FieldError } from '@/components/ui/field';

type Props<T extends string> = {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: string | undefined;
  error?: string;
  required?: boolean;
};

const pill =
  'inline-flex cursor-pointer items-center rounded-full border border-line bg-surface px-3.5 py-2 text-sm ' +
  'font-medium text-ink transition-colors hover:border-ink/25 has-[:checked]:border-accent ' +
  'has-[:checked]:bg-accent-soft has-[:checked]:text-accent-hover has-[:focus-visible]:outline ' +
  'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent';

/** A short choice as a row of pills (radio buttons underneath: keyboard and forms work as usual). */
export function RadioPills<T extends string>({
  name,
  legend,
  options,
  labels,
  value,
  error,
  required,
}: Props<T>) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} data-testid={`field-${name}`}>
      <legend className="text-sm font-semibold text-ink">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option} className={pill}>
            <input
              type="radio"
              name={name}
              value={option}
              defaultChecked={option === value}
              required={required}
              className="sr-only"
            />
            {labels[option]}
          </label>
        ))}
      </div>
      {error ? (
        <div className="mt-1.5">
          <FieldError id={errorId}>{error}</FieldError>
        </div>
      ) : null}
    </fieldset>
  );
}
