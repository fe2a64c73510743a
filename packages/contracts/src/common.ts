// Shared building blocks for request and response schemas: every string is trimmed and bounded.
import { z } from 'zod';

export const trimmed = (max: number) => z.string().trim().max(max);
export const nonEmpty = (max: number) => z.string().trim().min(1).max(max);

export const ROLES = ['APPLICANT', 'REVIEWER', 'ADMIN', 'OPERATOR'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;
