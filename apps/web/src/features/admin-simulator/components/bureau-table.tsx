// The bureau's submissions as a table, newest first: order, province, state, who and what, SMS check, decision.
import type { BureauSubmissionView } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';
import { BureauDecisionCell } from './bureau-decision-cell.tsx';
import { SmsCheckCell, SubjectCell, WebsitesCell } from './bureau-parties.tsx';

const COLUMNS = ['orderNo', 'province', 'status', 'subject', 'websites', 'sms', 'decision'] as const;

type BureauTableProps = {
  submissions: BureauSubmissionView[];
  /** The submission whose decision is on its way, if any. */
  busyId: string | undefined;
  onApprove: (submission: BureauSubmissionView) => void;
  onReject: (submission: BureauSubmissionView) => void;
};

export function BureauTable({ submissions, busyId, onApprove, onReject }: BureauTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <TableFrame caption={t('simulator.bureau.caption')}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`simulator.bureau.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {submissions.map((submission) => (
          <tr key={submission.id}>
            <th scope="row" className="mono table__nowrap">
              {submission.orderNo}
            </th>
            <td className="table__nowrap">{provinceName(submission.provinceCode, i18n.language)}</td>
            <td>
              <span className={`sim-status sim-status--${submission.status.toLowerCase()}`}>
                {t(`simulator.bureau.statuses.${submission.status}`)}
              </span>
              <p className="muted">
                {t('simulator.bureau.submittedAt', {
                  time: formatBeijing(submission.submittedAt),
                })}
              </p>
            </td>
            <td>
              <SubjectCell subject={submission.subject} />
            </td>
            <td>
              <WebsitesCell websites={submission.websites} />
            </td>
            <td className="sim-wide">
              <SmsCheckCell submission={submission} />
            </td>
            <td className="sim-wide">
              <BureauDecisionCell
                submission={submission}
                busy={busyId === submission.id}
                onApprove={() => onApprove(submission)}
                onReject={() => onReject(submission)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
