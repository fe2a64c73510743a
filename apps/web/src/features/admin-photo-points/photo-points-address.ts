// The list's filters live in the address (?q=&province=&city=&active=), so a filtered view can be linked and the
// back button undoes a filter.
import { type AdminPhotoPointQuery, AdminPhotoPointQuerySchema } from '@beian/contracts';

/** The filters the address names, or null when it names something the API would refuse. */
export function queryFromAddress(params: URLSearchParams): AdminPhotoPointQuery | null {
  const raw = Object.fromEntries([...params.entries()].filter(([, value]) => value !== ''));
  const parsed = AdminPhotoPointQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function addressFor(query: AdminPhotoPointQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'province', 'city', 'active'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}

export const hasFilters = (query: AdminPhotoPointQuery) => addressFor(query).toString() !== '';
