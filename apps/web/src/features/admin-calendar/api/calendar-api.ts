// The holiday calendar as react-query state: the years with the coverage, one year's days and history, and publishing
// a year (which moves every due time counted from now on, so the review figures are read again too).
import {
  CalendarOverviewSchema,
  type CalendarYearDetail,
  CalendarYearDetailSchema,
  type PublishCalendarYear,
} from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { reviewDashboardQueryKey } from '../../review-workbench/api/use-review-dashboard.ts';

export const calendarKeys = {
  all: ['admin', 'calendar'] as const,
  overview: ['admin', 'calendar', 'overview'] as const,
  year: (year: number) => ['admin', 'calendar', 'year', year] as const,
};

export const useCalendarOverview = () =>
  useQuery({
    queryKey: calendarKeys.overview,
    queryFn: ({ signal }) => apiClient.get('/api/admin/calendar', { schema: CalendarOverviewSchema, signal }),
  });

export const useCalendarYear = (year: number) =>
  useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) =>
      apiClient.get(`/api/admin/calendar/years/${year}`, { schema: CalendarYearDetailSchema, signal }),
  });

export function usePublishCalendarYear(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishCalendarYear) =>
      apiClient.post(`/api/admin/calendar/years/${year}`, { body, schema: CalendarYearDetailSchema }),
    onSuccess: (detail: CalendarYearDetail) => {
      queryClient.setQueryData(calendarKeys.year(year), detail);
      void queryClient.invalidateQueries({ queryKey: calendarKeys.overview });
      void queryClient.invalidateQueries({ queryKey: reviewDashboardQueryKey });
    },
  });
}
