// An address naming a filing that does not exist (a mistyped or malformed id, or another account's filing) is the
// not-found page inside the console, in every console with a filing route: not a failed load, and never the form
// error "check the marked fields" with nothing marked.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const notFound = () => problem(404, 'NOT_FOUND', { detail: 'The id "not-a-real-id" was not found.' });

describe('an address naming no filing', () => {
  it.each([
    ['APPLICANT', '/console/filings/not-a-real-id/subject', 'GET /api/filings/not-a-real-id'],
    ['APPLICANT', '/console/filings/not-a-real-id', 'GET /api/filings/not-a-real-id'],
    ['REVIEWER', '/review/filings/not-a-real-id', 'GET /api/review/filings/not-a-real-id'],
  ] as const)('as %s, %s is the not-found page', async (role, address, load) => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account(role) }),
      'GET /api/resources': () => json(200, { resources: [] }),
      [load]: notFound,
    });
    renderApp(address);

    expect(await screen.findByRole('heading', { name: '找不到这个页面' })).toBeVisible();
    expect(screen.getByText('您访问的地址不存在或已被移动，请检查地址或返回首页。')).toBeVisible();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Inside the console's frame: its navigation stays.
    expect(screen.getByRole('navigation', { name: /./ })).toBeInTheDocument();
  });
});
