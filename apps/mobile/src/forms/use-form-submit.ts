import { useCallback, useState } from 'react';
import { useI18n } from '@/i18n/i18n-provider';
import { describeFailure, type FieldErrors, type StatusMessages } from './form-failure';

/**
 * The submit side of a form: busy while the request runs, and afterwards the form's message and the field
 * messages from the API's error envelope.
 */
export function useFormSubmit<F extends string>(fields: readonly F[]) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = useCallback(
    async (action: () => Promise<void>, statusMessages?: StatusMessages): Promise<boolean> => {
      setBusy(true);
      setFormError(null);
      setFieldErrors({});
      try {
        await action();
        return true;
      } catch (error) {
        const failure = describeFailure(error, fields, t, statusMessages);
        setFormError(failure.formError);
        setFieldErrors(failure.fieldErrors);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fields, t],
  );

  /** Show problems found before sending (the contracts schema run on the device). */
  const reject = useCallback((errors: FieldErrors<F>, message: string | null = null) => {
    setFieldErrors(errors);
    setFormError(message);
  }, []);

  /** Typing in a field takes its message away. */
  const clearField = useCallback((field: F) => {
    setFieldErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  return { busy, fieldErrors, formError, submit, reject, clearField };
}
