// 快递（顺丰）: shipments booked with the simulated courier, newest first, each with the steps it has reached.
import type { SimShipmentList } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { useShipments } from '../api/simulator-queries.ts';
import { ListPanel } from './list-panel.tsx';

type Shipment = SimShipmentList['shipments'][number];

function Timeline({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation();
  return (
    <ol className="sim-timeline" aria-label={t('simulator.courier.timelineOf', { trackingNo: shipment.trackingNo })}>
      {shipment.timeline.map((step) => (
        <li key={step.status} className="sim-timeline__step">
          <span className="sim-timeline__status">{t(`simulator.courier.statuses.${step.status}`)}</span>{' '}
          <time className="muted" dateTime={step.at}>
            {formatBeijing(step.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}

function ShipmentRow({ shipment }: { shipment: Shipment }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row" className="mono table__nowrap">
        {shipment.trackingNo}
      </th>
      <td className="mono">{shipment.ref}</td>
      <td>
        {shipment.recipient} <span className="mono">{shipment.mobileMasked}</span>
        <br />
        <span className="muted">{shipment.address}</span>
      </td>
      <td className="table__nowrap">
        <span className={`sim-status sim-status--${shipment.status.toLowerCase()}`}>
          {t(`simulator.courier.statuses.${shipment.status}`)}
        </span>
      </td>
      <td>
        <Timeline shipment={shipment} />
      </td>
    </tr>
  );
}

export function ShipmentsPanel() {
  const { t } = useTranslation();
  const shipments = useShipments();
  const columns = ['trackingNo', 'ref', 'recipient', 'status', 'timeline'] as const;
  return (
    <ListPanel words="simulator.courier" query={shipments} isEmpty={(data) => data.shipments.length === 0}>
      {(data) => (
        <TableFrame caption={t('simulator.courier.caption')}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`simulator.courier.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.shipments.map((shipment) => (
              <ShipmentRow key={shipment.trackingNo} shipment={shipment} />
            ))}
          </tbody>
        </TableFrame>
      )}
    </ListPanel>
  );
}
