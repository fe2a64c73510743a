// A router link that looks like a button, for actions that navigate ("开始备案").
import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { type ButtonVariant, buttonClass } from './button.tsx';

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant };

export function ButtonLink({ variant = 'primary', className, ...rest }: ButtonLinkProps) {
  return <Link {...rest} className={buttonClass(variant, className)} />;
}
