// /admin: what each administrative section looks after, with a way into each.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ADMIN_SECTIONS } from './admin-sections.ts';

export function AdminOverviewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin.overview.title')} intro={t('admin.overview.intro')} />
      <ul className="card-grid card-grid--3 tile-list">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.key} className="card tile">
            <h2 className="card__title">
              <Link to={`/admin/${section.path}`} className="tile__link">
                {t(`admin.nav.${section.key}`)}
              </Link>
            </h2>
            <p className="muted">{t(`admin.sections.${section.key}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
