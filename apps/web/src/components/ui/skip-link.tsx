// The first stop for keyboard users: jumps past the header and navigation to the page's main content.
import type { MouseEvent } from 'react';

export function SkipLink({ label, target = 'main' }: { label: string; target?: string }) {
  // Focus moves by script so the router's URL stays clean of "#main".
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(target);
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={skip}>
      {label}
    </a>
  );
}
