import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { OwnWords } from './own-words.tsx';

describe('OwnWords', () => {
  it('leaves words in the page’s language unmarked', () => {
    const { container } = render(<OwnWords text="请精确到门牌号" />);
    expect(container).toHaveTextContent('请精确到门牌号');
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it('marks English words in a Chinese console as English', () => {
    render(<OwnWords text="Give the full street address" />);
    expect(screen.getByText('Give the full street address')).toHaveAttribute('lang', 'en');
  });

  it('marks Chinese words in an English console as Chinese', async () => {
    await i18n.changeLanguage('en-US');
    render(<OwnWords text="请精确到门牌号" />);
    expect(screen.getByText('请精确到门牌号')).toHaveAttribute('lang', 'zh-CN');
  });

  it('leaves words in neither script unmarked', async () => {
    await i18n.changeLanguage('en-US');
    const { container } = render(<OwnWords text="2026-12-06 / 10:30" />);
    expect(container).toHaveTextContent('2026-12-06 / 10:30');
    expect(container.querySelector('[lang]')).toBeNull();
  });
});
