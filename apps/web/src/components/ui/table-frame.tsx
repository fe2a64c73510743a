// A data table with its caption, in a frame that scrolls sideways on narrow screens. The frame is a region named
// by the caption and takes focus, so keyboard users can scroll it too.
import { type ReactNode, useId } from 'react';

type TableFrameProps = { caption: string; children: ReactNode; busy?: boolean };

export function TableFrame({ caption, children, busy = false }: TableFrameProps) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus to be scrolled by keyboard.
    <section className="table-frame" aria-labelledby={captionId} aria-busy={busy || undefined} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}
