// A submission refused because an auth code is taken (AUTH_CODE_TAKEN): each website whose code another order holds,
// or that does not exist, with a link to the websites step where another code or a server is chosen. The verify
// step's own code cannot be changed there: it is named, and only abandoning the order frees that choice.
import type { FieldError, FilingDetail } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type CloudService = FilingDetail['verify']['cloudService'] | null;
const codeOf = (service: CloudService) => (service?.kind === 'AUTH_CODE' ? service.code : '');

export function AuthCodeTaken({ filing, errors }: { filing: FilingDetail; errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const items = errors.map((error) => {
    const number = /^websites\.(.+)\.cloudService$/.exec(error.path)?.[1];
    const site = number ? filing.websites.find((w) => w.websiteFilingNo === number) : undefined;
    if (site) {
      const label = t('submission.authCodeTaken.website', { name: site.name, code: codeOf(site.cloudService) });
      return { key: error.path, label, fixable: true };
    }
    const label = t('submission.authCodeTaken.verify', { code: codeOf(filing.verify.cloudService) });
    return { key: error.path, label, fixable: false };
  });
  return (
    <div className="missing" role="alert">
      <p className="missing__title">{t('submission.authCodeTaken.title')}</p>
      <ul className="missing__list">
        {items.map((item) => (
          <li key={item.key} className="missing__item">
            <span>{item.label}</span>
            {item.fixable ? (
              <Link
                to={`/console/filings/${filing.id}/websites`}
                aria-label={t('submission.authCodeTaken.fixLabel', { label: item.label })}
              >
                {t('submission.authCodeTaken.fix')}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
