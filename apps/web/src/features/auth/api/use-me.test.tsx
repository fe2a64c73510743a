import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../app/providers.tsx';
import { createQueryClient } from '../../../app/query-client.ts';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { prefetchMe, useMe } from './use-me.ts';

function WhoIsSignedIn() {
  const { data, isPending } = useMe();
  if (isPending) return <p>checking</p>;
  return <p>{data ? data.displayName : 'no one'}</p>;
}

afterEach(() => vi.unstubAllGlobals());

describe('the session asked for before the first render', () => {
  it('is asked once: the guard that renders later reads the answer already on its way', async () => {
    const api = fakeApi({ 'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }) });
    const queryClient = createQueryClient();

    const asked = prefetchMe(queryClient);
    await vi.waitFor(() => expect(api.to('GET /api/auth/session')).toHaveLength(1));
    render(
      <Providers queryClient={queryClient}>
        <WhoIsSignedIn />
      </Providers>,
    );

    expect(await screen.findByText('Demo applicant')).toBeInTheDocument();
    await asked;
    expect(api.to('GET /api/auth/session')).toHaveLength(1);
  });

  it('keeps a visitor as no one, without an error', async () => {
    const api = fakeApi({});
    const queryClient = createQueryClient();

    await prefetchMe(queryClient);
    render(
      <Providers queryClient={queryClient}>
        <WhoIsSignedIn />
      </Providers>,
    );

    expect(screen.getByText('no one')).toBeInTheDocument();
    expect(api.to('GET /api/auth/session')).toHaveLength(1);
  });
});
