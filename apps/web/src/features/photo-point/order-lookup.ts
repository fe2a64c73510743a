// Finding a filing waiting for its photo by order number, for the photo-point operator.
import { OrderLookupParamsSchema, OrderNoSchema, type PhotoPointOrder, PhotoPointOrderSchema } from '@beian/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client.ts';
import type { FormatMessages } from '../../lib/issue-message.ts';

/** The search form validates exactly what the API route validates. */
export const OrderSearchSchema = OrderLookupParamsSchema;
export const orderSearchMessages: FormatMessages = { orderNo: 'validation.orderNo' };

export type OrderLookup = PhotoPointOrder;

/** The order number in the address, normalised as the API would, or undefined when it is missing or malformed. */
export function orderNoFromAddress(value: string | null): string | undefined {
  const parsed = OrderNoSchema.safeParse(value ?? '');
  return parsed.success ? parsed.data : undefined;
}

export function useOrderLookup(orderNo: string | undefined) {
  return useQuery({
    queryKey: ['photo-point', 'order', orderNo],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/photo-point/orders/${encodeURIComponent(orderNo ?? '')}`, {
        schema: PhotoPointOrderSchema,
        signal,
      }),
    enabled: Boolean(orderNo),
    // Each lookup is an audited action: asked for when the operator searches, not again behind their back.
    refetchOnWindowFocus: false,
    retry: false,
  });
}
