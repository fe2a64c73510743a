// Registration: problems the server finds land on their fields, and afterwards the person is asked to open the
// emailed link; with the mail simulator on, the simulated mailbox shows that email, link and all.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

async function fillIn(user: ReturnType<typeof renderApp>['user'], password = 'long-enough-password') {
  await user.type(await screen.findByLabelText('姓名'), '张三');
  await user.type(screen.getByLabelText('邮箱'), 'zhang.san@example.com');
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '注册' }));
}

const accepted = (simulatedMailbox: boolean) => () => json(202, { email: 'zhang.san@example.com', simulatedMailbox });

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
    // The problem is read once its schema has loaded (the client loads it with the first problem).
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('姓名中不能包含特殊符号'));
    expect(name).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['PASSWORD_COMMON', '该密码是常见或已泄露的密码，或只是对它们稍作改动，很容易被猜中，请换一个。'],
    ['PASSWORD_IS_EMAIL', '密码不能是您的邮箱地址或其中 @ 之前的部分，请换一个。'],
  ])('puts a refused password (%s) on the password field, saying why in the reader’s language', async (code, words) => {
    fakeApi({ 'POST /api/auth/register': () => problem(400, code, { errors: [{ path: 'password', message: 'x' }] }) });
    const { user } = renderApp('/register');
    await fillIn(user, 'qwertyuiop');

    const password = await screen.findByLabelText('密码');
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining(words)));
    expect(password).toHaveFocus();
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

  it('sends the form’s language and then asks to open the emailed link, without offering a mailbox', async () => {
    const api = fakeApi({ 'POST /api/auth/register': accepted(false) });
    const { user, router } = renderApp('/register');
    await fillIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: '请查收邮件' })).toBeVisible();
    expect(screen.getByText('我们已向 zhang.san@example.com 发送了一封邮件。')).toBeVisible();
    expect(router.state.location.pathname).toBe('/register/check-email');
    expect(screen.queryByRole('button', { name: '打开模拟邮箱' })).not.toBeInTheDocument();
    expect(api.to('POST /api/auth/register')[0]?.body).toEqual({
      displayName: '张三',
      email: 'zhang.san@example.com',
      password: 'long-enough-password',
      locale: 'zh-CN',
    });
    // Nobody is signed in by registering.
    expect(api.to('GET /api/auth/session').length).toBeLessThanOrEqual(1);
  });

  it('opens the simulated mailbox on request and shows the email with its link, waiting for delivery', async () => {
    let delivered = false;
    const link = 'http://127.0.0.1:3000/verify-email#token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    const api = fakeApi({
      'POST /api/auth/register': accepted(true),
      'GET /api/auth/simulated-mailbox': () => {
        const messages = delivered
          ? [
              {
                id: 'm1',
                subject: '请确认邮箱，完成备案控制台注册',
                body: `您好：\n\n${link}\n`,
                sentAt: '2026-11-30T02:00:00.000Z',
              },
            ]
          : [];
        delivered = true;
        return json(200, { address: 'zhang.san@example.com', messages });
      },
    });
    const { user } = renderApp('/register');
    await fillIn(user);

    const open = await screen.findByRole('button', { name: '打开模拟邮箱' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(await screen.findByText('正在等待邮件送达…')).toBeVisible();

    const list = await screen.findByRole('list', { name: '发往 zhang.san@example.com 的邮件' }, { timeout: 4000 });
    expect(within(list).getByRole('heading', { level: 3, name: '请确认邮箱，完成备案控制台注册' })).toBeVisible();
    expect(within(list).getByRole('link', { name: link })).toHaveAttribute('href', link);
    expect(within(list).getByText('发送时间：2026-11-30 10:00（北京时间）')).toBeVisible();
    expect(screen.getByRole('button', { name: '收起模拟邮箱' })).toHaveAttribute('aria-expanded', 'true');
    expect(api.to('GET /api/auth/simulated-mailbox')).toHaveLength(2);
  });
});

describe('the password strength meter', () => {
  it('says in words, politely, how guessable the password is and whether it will be taken', async () => {
    fakeApi({});
    const { user } = renderApp('/register');
    const password = await screen.findByLabelText('密码');
    const meter = () => screen.getByText(/^密码强度：/);

    await user.type(password, 'P@ssw0rd2024!');
    await waitFor(() => expect(meter()).toHaveTextContent('密码强度：一般。容易被猜中'));
    expect(meter()).toHaveTextContent('提交时会被拒绝');
    expect(meter().closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');

    await user.clear(password);
    await user.type(password, 'Correct-Horse-9');
    await waitFor(() => expect(meter()).toHaveTextContent('密码强度：很强。可以使用。'));
  });
});
