// What the rules page reads and publishes: the province rules and the MIIT suffix list in force, their histories,
// and a new version of either from the version the admin edited.
import {
  ProvinceRuleSetSchema,
  ProvinceRulesHistorySchema,
  type PublishProvinceRules,
  type PublishSuffixes,
  SuffixHistorySchema,
  SuffixListSchema,
} from '@beian/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export const rulesKeys = {
  rules: ['admin', 'rules'] as const,
  rulesHistory: ['admin', 'rules', 'history'] as const,
  suffixes: ['admin', 'suffixes'] as const,
  suffixHistory: ['admin', 'suffixes', 'history'] as const,
};

export const useProvinceRules = () =>
  useQuery({
    queryKey: rulesKeys.rules,
    queryFn: ({ signal }) => apiClient.get('/api/admin/rules', { schema: ProvinceRuleSetSchema, signal }),
  });

export const useProvinceRulesHistory = () =>
  useQuery({
    queryKey: rulesKeys.rulesHistory,
    queryFn: ({ signal }) => apiClient.get('/api/admin/rules/versions', { schema: ProvinceRulesHistorySchema, signal }),
  });

export const useSuffixes = () =>
  useQuery({
    queryKey: rulesKeys.suffixes,
    queryFn: ({ signal }) => apiClient.get('/api/admin/suffixes', { schema: SuffixListSchema, signal }),
  });

export const useSuffixHistory = () =>
  useQuery({
    queryKey: rulesKeys.suffixHistory,
    queryFn: ({ signal }) => apiClient.get('/api/admin/suffixes/versions', { schema: SuffixHistorySchema, signal }),
  });

/** Either way the current version and the history are read again: a refused publish means another one went in. */
export function usePublishProvinceRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishProvinceRules) =>
      apiClient.post('/api/admin/rules', { body, schema: ProvinceRuleSetSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rulesKeys.rules }),
  });
}

export function usePublishSuffixes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishSuffixes) => apiClient.post('/api/admin/suffixes', { body, schema: SuffixListSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rulesKeys.suffixes }),
  });
}
