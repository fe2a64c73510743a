// /admin/<section>: the section's heading and what it is for.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import type { AdminSectionKey } from './admin-sections.ts';

export function AdminSectionPage({ section }: { section: AdminSectionKey }) {
  const { t } = useTranslation();
  return <PageHeader title={t(`admin.nav.${section}`)} intro={t(`admin.sections.${section}`)} />;
}
