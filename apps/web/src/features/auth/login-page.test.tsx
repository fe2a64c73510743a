// Sign-in as a person meets it: what the form says while typing, and how a refused sign-in is explained.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const emailField = () => screen.getByLabelText('邮箱');
const passwordField = () => screen.getByLabelText('密码');
const submit = () => screen.getByRole('button', { name: '登录' });

describe('login page', () => {
  it('says which fields are missing when submitted empty, and focuses the first', async () => {
    fakeApi({});
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: '登录' }));

    // The form's rules load with its first check.
    await waitFor(() => expect(emailField()).toHaveAccessibleDescription('此项为必填项'));
    expect(passwordField()).toHaveAccessibleDescription('此项为必填项');
    expect(emailField()).toHaveAttribute('aria-invalid', 'true');
    expect(emailField()).toHaveFocus();
  });

  it('flags a malformed email once the field is left, and clears it as soon as it is fixed', async () => {
    fakeApi({});
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('邮箱'), 'someone@');
    await user.tab();
    expect(await screen.findByText('请输入有效的邮箱地址，例如 name@example.com')).toBeVisible();

    await user.type(emailField(), 'example.com');
    await waitFor(() => expect(emailField()).not.toHaveAttribute('aria-invalid'));
  });

  it('explains wrong credentials, empties the password and puts the cursor back in it', async () => {
    const api = fakeApi({ 'POST /api/auth/login': () => problem(401, 'INVALID_CREDENTIALS') });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('邮箱'), 'Applicant@Demo.beian.test ');
    await user.type(passwordField(), 'wrong-password');
    await user.click(submit());

    expect(await screen.findByRole('alert')).toHaveTextContent('邮箱或密码不正确，请检查后重试。');
    expect(passwordField()).toHaveValue('');
    expect(passwordField()).toHaveFocus();
    // The shared schema normalises the address, and the mutation carries the CSRF token.
    const [sent] = api.to('POST /api/auth/login');
    expect(sent?.body).toEqual({ email: 'applicant@demo.beian.test', password: 'wrong-password' });
    expect(sent?.headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('puts the server’s word on a field under that field, with the cursor in it, and keeps the other field as typed', async () => {
    fakeApi({
      'POST /api/auth/login': () =>
        problem(400, 'VALIDATION_FAILED', { errors: [{ path: 'body.email', message: '该邮箱不能用于登录' }] }),
    });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('邮箱'), 'applicant@demo.beian.test');
    await user.type(passwordField(), 'Demo-Passw0rd!');
    await user.click(submit());

    await waitFor(() => expect(emailField()).toHaveAccessibleDescription('该邮箱不能用于登录'));
    expect(emailField()).toHaveAttribute('aria-invalid', 'true');
    expect(emailField()).toHaveFocus();
    expect(passwordField()).toHaveValue('Demo-Passw0rd!');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says how long to wait when sign-in is rate limited', async () => {
    fakeApi({ 'POST /api/auth/login': () => problem(429, 'RATE_LIMITED', { headers: { 'retry-after': '90' } }) });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('邮箱'), 'applicant@demo.beian.test');
    await user.type(passwordField(), 'Demo-Passw0rd!');
    await user.click(submit());

    expect(await screen.findByRole('alert')).toHaveTextContent('登录尝试次数过多，请在 2 分钟后重试。');
  });

  it('opens the console after a successful sign-in', async () => {
    fakeApi({ 'POST /api/auth/login': () => json(200, { account: account('APPLICANT') }) });
    const { user, router } = renderApp('/login');
    await user.type(await screen.findByLabelText('邮箱'), 'applicant@demo.beian.test');
    await user.type(passwordField(), 'Demo-Passw0rd!');
    await user.click(submit());

    expect(await screen.findByRole('heading', { level: 1, name: '我的备案' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/console');
  });
});
