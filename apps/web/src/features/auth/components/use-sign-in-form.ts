// The sign-in form's state, kept without react-hook-form so that the sign-in page loads neither it nor zod
// (docs/decisions/049). It behaves as the other forms do: the inputs hold their own values (so what was typed into
// the prerendered page before the app ran is kept); a field is checked once it is left, then as it changes; a submit
// checks both and puts the cursor in the first one wrong; messages follow a change of language, except the server's,
// which cannot be re-worded.
import type { LoginBody } from '@beian/contracts';
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import type { UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SignInCheck, SignInField, SignInInput } from './sign-in-rules.ts';

const FIELDS: readonly SignInField[] = ['email', 'password'];
const check = (input: SignInInput): Promise<SignInCheck> =>
  import('./sign-in-rules.ts').then((rules) => rules.checkSignIn(input));

type FieldError = { message: string; fromServer: boolean };
type FieldErrors = Partial<Record<SignInField, FieldError>>;

const ownMessage = (message: string | undefined): FieldError | undefined =>
  message === undefined ? undefined : { message, fromServer: false };

export function useSignInForm() {
  const { i18n } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const refs: Record<SignInField, RefObject<HTMLInputElement | null>> = {
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };
  /** Fields checked as they change: those left once, and every field after a submit. */
  const live = useRef(new Set<SignInField>());
  /** The latest check per field: an earlier one that answers late is dropped. */
  const checks = useRef<Record<SignInField, number>>({ email: 0, password: 0 });

  const values = (): SignInInput => ({
    email: refs.email.current?.value ?? '',
    password: refs.password.current?.value ?? '',
  });

  const recheck = async (fields: readonly SignInField[]) => {
    const tickets = fields.map((name) => ++checks.current[name]);
    const result = await check(values());
    setErrors((current) => {
      const next = { ...current };
      fields.forEach((name, i) => {
        if (checks.current[name] === tickets[i]) next[name] = ownMessage(result.errors?.[name]);
      });
      return next;
    });
  };

  // Own messages are worded when checked; a change of language checks again the fields that show one.
  const worded = FIELDS.filter((name) => errors[name] && !errors[name].fromServer);
  useEffect(() => {
    if (worded.length === 0) return;
    const reword = () => void recheck(worded);
    i18n.on('languageChanged', reword);
    return () => i18n.off('languageChanged', reword);
  });

  const field = (name: SignInField) => ({
    name,
    ref: refs[name],
    error: errors[name]?.message,
    onChange: () => {
      if (live.current.has(name)) void recheck([name]);
    },
    onBlur: () => {
      live.current.add(name);
      void recheck([name]);
    },
  });

  /** For placeServerErrors: the server's word on a field, shown until the field is checked again. */
  const setServerError: UseFormSetError<SignInInput> = (name, error, options) => {
    if (name !== 'email' && name !== 'password') return;
    setErrors((current) => ({ ...current, [name]: { message: error.message ?? '', fromServer: true } }));
    if (options?.shouldFocus) refs[name].current?.focus();
  };

  /** Empties a field, forgets that it was checked and puts the cursor in it (a refused password). */
  const clear = (name: SignInField) => {
    const input = refs[name].current;
    if (input) input.value = '';
    live.current.delete(name);
    checks.current[name]++;
    setErrors((current) => ({ ...current, [name]: undefined }));
    input?.focus();
  };

  /** Checks both fields and hands the API's values to `send`, or puts the cursor in the first field wrong. */
  const submit = async (send: (body: LoginBody) => Promise<void>) => {
    setSubmitting(true);
    try {
      for (const name of FIELDS) {
        live.current.add(name);
        checks.current[name]++;
      }
      const result = await check(values());
      setErrors({ email: ownMessage(result.errors?.email), password: ownMessage(result.errors?.password) });
      if (result.values) await send(result.values);
      else refs[FIELDS.find((name) => result.errors[name] !== undefined) ?? 'email'].current?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  const handleSubmit = (send: (body: LoginBody) => Promise<void>) => (event: FormEvent) => {
    event.preventDefault();
    void submit(send);
  };

  return { field, handleSubmit, submitting, setServerError, clear };
}
