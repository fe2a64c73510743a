// The matching photo points: each name leads to its page; the badge says whether applicants see it.
import type { AdminPhotoPoint } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { useRegionNames } from '../use-region-names.ts';
import { ActiveBadge } from './active-badge.tsx';

export function PhotoPointTable({ points, busy }: { points: readonly AdminPhotoPoint[]; busy: boolean }) {
  const { t } = useTranslation();
  const { provinceLabel } = useRegionNames();
  const column = (key: 'name' | 'region' | 'address' | 'phone' | 'operators' | 'status') =>
    t(`adminPhotoPoints.list.columns.${key}`);
  return (
    <TableFrame caption={t('adminPhotoPoints.list.caption')} busy={busy}>
      <thead>
        <tr>
          <th scope="col">{column('name')}</th>
          <th scope="col">{column('region')}</th>
          <th scope="col">{column('address')}</th>
          <th scope="col">{column('phone')}</th>
          <th scope="col">{column('operators')}</th>
          <th scope="col">{column('status')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.id}>
            <th scope="row">
              <Link to={`/admin/photo-points/${point.id}`}>{point.name}</Link>
            </th>
            <td>
              {provinceLabel(point.province)} / {point.city}
            </td>
            <td>{point.address}</td>
            <td>{point.phone}</td>
            <td>{t('adminPhotoPoints.list.operators', { count: point.operatorCount })}</td>
            <td>
              <ActiveBadge active={point.active} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
