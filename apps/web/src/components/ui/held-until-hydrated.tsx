// Controls that take nothing until the app has taken over markup rendered at build time (docs/decisions/059): in the
// page's picture a field would take typing the app's render then drops, and a submit button would send the form
// natively. Disabled in the build's render and while React hydrates, enabled from the app's own render on. Each is a
// component of its own so that the render after hydration, which React runs in one synchronous pass for what reads
// useHydrated, re-renders the fieldset or the button alone and keeps the fields passed in as children as they are.
import type { ComponentProps } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { Button } from './button.tsx';

export function HeldFieldset({ disabled, ...props }: ComponentProps<'fieldset'>) {
  const hydrated = useHydrated();
  return <fieldset {...props} disabled={disabled || !hydrated} />;
}

export function HeldButton({ disabled, ...props }: ComponentProps<typeof Button>) {
  const hydrated = useHydrated();
  return <Button {...props} disabled={disabled || !hydrated} />;
}
