// Signs the seeded demo applicant in over plain HTTP and returns the session as a Cookie header, for benchmarks that
// open signed-in pages (the verify step) in a browser or in Lighthouse.
export const DEMO_APPLICANT = { email: 'applicant@demo.beian.test', password: 'Demo-Passw0rd!' } as const;

/** `name=value` pairs of the Set-Cookie headers of a response. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
}

export async function signInDemoApplicant(baseUrl: string): Promise<string> {
  const csrf = await fetch(new URL('/api/auth/csrf', baseUrl));
  const { token } = (await csrf.json()) as { token: string };
  const jar = cookiesOf(csrf);
  const login = await fetch(new URL('/api/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: jar.join('; ') },
    body: JSON.stringify(DEMO_APPLICANT),
  });
  if (!login.ok) throw new Error(`demo sign-in failed: ${login.status} ${await login.text()}`);
  const names = new Set(cookiesOf(login).map((pair) => pair.split('=')[0]));
  return [...jar.filter((pair) => !names.has(pair.split('=')[0])), ...cookiesOf(login)].join('; ');
}
