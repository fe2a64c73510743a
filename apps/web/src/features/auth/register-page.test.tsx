// Registration: problems the server finds (problem+json errors[]) appear on the fields they concern.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

async function fillIn(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('姓名'), '张三');
  await user.type(screen.getByLabelText('邮箱'), 'zhang.san@example.com');
  await user.type(screen.getByLabelText('密码'), 'long-enough-password');
  await user.click(screen.getByRole('button', { name: '注册' }));
}

describe('register page', () => {
  it('shows the server’s field errors under the fields named by errors[].path', async () => {
    fakeApi({
      'POST /api/auth/register': () =>
        problem(400, 'VALIDATION_FAILED', {
          errors: [{ path: 'displayName', message: '姓名中不能包含特殊符号' }],
        }),
    });
    const { user } = renderApp('/register');
    await fillIn(user);

    const name = await screen.findByLabelText('姓名');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('姓名中不能包含特殊符号'));
    expect(name).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts a taken e-mail address on the e-mail field, in the reader’s language', async () => {
    fakeApi({ 'POST /api/auth/register': () => problem(409, 'EMAIL_TAKEN', { detail: 'Email already registered.' }) });
    const { user } = renderApp('/register');
    await fillIn(user);

    expect(await screen.findByLabelText('邮箱')).toHaveAccessibleDescription(
      expect.stringContaining('该邮箱已注册，请直接登录或使用其他邮箱。'),
    );
  });

  it('falls back to the server’s detail for a code this build cannot translate', async () => {
    fakeApi({ 'POST /api/auth/register': () => problem(400, 'SOMETHING_NEW', { detail: 'A rule added later.' }) });
    const { user } = renderApp('/register');
    await fillIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('A rule added later.');
  });

  it('asks for a password of the contract’s minimum length while typing', async () => {
    fakeApi({});
    const { user } = renderApp('/register');
    await user.type(await screen.findByLabelText('密码'), 'short');
    await user.tab();

    expect(screen.getByLabelText('密码')).toHaveAccessibleDescription(expect.stringContaining('至少需要 10 个字符'));
  });

  it('opens the applicant console when registration signs the new account in', async () => {
    let registered = false;
    fakeApi({
      'POST /api/auth/register': () => {
        registered = true;
        return json(201, { account: account('APPLICANT', { displayName: '张三' }) });
      },
      'GET /api/auth/me': () =>
        registered
          ? json(200, { account: account('APPLICANT', { displayName: '张三' }) })
          : problem(401, 'UNAUTHENTICATED'),
    });
    const { user, router } = renderApp('/register');
    await fillIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: '我的备案' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/console');
    expect(screen.getByText('张三')).toBeVisible();
  });
});
