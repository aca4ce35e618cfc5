import type { ComponentProps, ReactNode } from 'react';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type Props = Omit<ComponentProps<'input'>, 'id' | 'name'> & {
  /** Also the field's name unless `name` is given. */
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: string;
  fieldClassName?: string;
};

/** Label + input + hint + error, wired with ids and aria-describedby. */
export function TextField({ id, name, label, hint, error, optional, fieldClassName, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional} className={fieldClassName}>
      <Input {...fieldAria(id, { hint, error })} name={name ?? id} {...input} />
    </Field>
  );
}
