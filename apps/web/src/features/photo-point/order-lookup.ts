// Finding a filing by its order number, for the photo-point operator.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../lib/api-client.ts';

// Form-only schema: the message names a validation.* key that the form resolver translates.
// The order number format (BA + yyyymmdd + 5-digit sequence) belongs in @beian/contracts once the photo API exists.
export const OrderSearchSchema = z.object({
  orderNo: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === '' || /^BA\d{13}$/.test(value), { message: 'validation.orderNo' })
    .refine((value) => value !== '', { message: 'validation.required' }),
});

const OrderLookupResponseSchema = z.object({
  filing: z.object({ orderNo: z.string(), status: z.string() }),
});
export type OrderLookup = z.infer<typeof OrderLookupResponseSchema>['filing'];

export function useOrderLookup(orderNo: string | undefined) {
  return useQuery({
    queryKey: ['photo-point', 'order', orderNo],
    queryFn: async ({ signal }) => {
      const path = `/api/photo-point/orders/${encodeURIComponent(orderNo ?? '')}`;
      const { filing } = await apiClient.get(path, { schema: OrderLookupResponseSchema, signal });
      return filing;
    },
    enabled: Boolean(orderNo),
  });
}
