import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nodesInto } from './nodes-into.tsx';

/** A translation that interpolates like i18next's `{{name}}`. */
const translation = (template: string) => (slots: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => slots[name] ?? '');

describe('nodesInto', () => {
  it('puts each node where the translation places its slot, in the translation’s order', () => {
    const { container } = render(
      <p>
        {nodesInto(translation('{{second}} 之前是 {{first}}。'), {
          first: <b>one</b>,
          second: <i>two</i>,
        })}
      </p>,
    );
    expect(container.innerHTML).toBe('<p><i>two</i> 之前是 <b>one</b>。</p>');
  });

  it('keeps what a node holds as text, markers and markup alike', () => {
    const { container } = render(
      <p>{nodesInto(translation('Reason: {{reason}}'), { reason: '<b>\uE0000\uE001</b>' })}</p>,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('p')?.textContent).toBe('Reason: <b>\uE0000\uE001</b>');
  });

  it('leaves a sentence with no slot as it is', () => {
    const { container } = render(<p>{nodesInto(translation('No reason given.'), { reason: <b>x</b> })}</p>);
    expect(container.innerHTML).toBe('<p>No reason given.</p>');
  });
});
