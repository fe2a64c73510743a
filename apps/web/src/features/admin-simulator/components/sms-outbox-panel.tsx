// 短信发件箱: every text the simulated SMS gateway sent, newest first, with the full body an applicant would read.
import type { SimSmsOutbox } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { useLangOf } from '../../../components/ui/own-words.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { useSmsOutbox } from '../api/simulator-queries.ts';
import { ListPanel } from './list-panel.tsx';
import { SmsBody } from './sms-body.tsx';

type Message = SimSmsOutbox['messages'][number];

function MessageRow({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const langOf = useLangOf();
  const purposeKey = `simulator.sms.purposes.${message.purpose}`;
  // A purpose this build has no words for yet is shown as the API names it.
  const purpose = i18n.exists(purposeKey) ? t(purposeKey as 'simulator.sms.purposes.NOTIFICATION') : message.purpose;
  return (
    <tr>
      <th scope="row" className="table__nowrap">
        <time dateTime={message.sentAt}>{formatBeijing(message.sentAt)}</time>
      </th>
      <td className="mono table__nowrap">{message.mobileMasked}</td>
      <td>{purpose}</td>
      <td className="sim-sms-body" lang={langOf(message.body)}>
        <SmsBody message={message} />
      </td>
    </tr>
  );
}

function OutboxTable({ messages }: { messages: Message[] }) {
  const { t } = useTranslation();
  const columns = ['sentAt', 'mobile', 'purpose', 'body'] as const;
  return (
    <TableFrame caption={t('simulator.sms.caption')}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`simulator.sms.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <MessageRow key={message.id} message={message} />
        ))}
      </tbody>
    </TableFrame>
  );
}

export function SmsOutboxPanel() {
  const outbox = useSmsOutbox();
  return (
    <ListPanel words="simulator.sms" query={outbox} autoRefresh isEmpty={(data) => data.messages.length === 0}>
      {(data) => <OutboxTable messages={data.messages} />}
    </ListPanel>
  );
}
