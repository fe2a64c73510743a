// The terms and the privacy notice: readable without signing in, versioned as the submission's agreement is, and in
// the reader's language.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { fakeApi } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('legal pages', () => {
  it('shows the terms to a visitor, with their version and the way to the privacy notice', async () => {
    fakeApi({});
    const { user } = renderApp('/legal/terms');

    expect(await screen.findByRole('heading', { level: 1, name: '接入备案服务条款' })).toBeVisible();
    expect(screen.getByText('版本 2026-11')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '二、您的义务' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: '隐私声明' }));
    expect(await screen.findByRole('heading', { level: 1, name: '隐私声明' })).toBeVisible();
  });

  it('reads in English when English is chosen', async () => {
    fakeApi({});
    await i18n.changeLanguage('en-US');
    renderApp('/legal/privacy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy Notice' })).toBeVisible();
    expect(screen.getByText('Version 2026-11')).toBeVisible();
  });
});
