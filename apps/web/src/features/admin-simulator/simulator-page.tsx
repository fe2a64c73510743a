// /admin/simulator: the simulated SMS gateway, MIIT bureau and courier, so people trying the product can see what
// the outside systems received, read the codes texted to applicants, and decide submissions as the bureau.
import { type ComponentType, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { BureauPanel } from './components/bureau-panel.tsx';
import { ShipmentsPanel } from './components/shipments-panel.tsx';
import { panelId, SimulatorTabs, tabId } from './components/simulator-tabs.tsx';
import { SmsOutboxPanel } from './components/sms-outbox-panel.tsx';
import './admin-simulator.css';

const VIEWS = ['sms', 'bureau', 'courier'] as const;
type View = (typeof VIEWS)[number];

const PANELS: Record<View, ComponentType> = {
  sms: SmsOutboxPanel,
  bureau: BureauPanel,
  courier: ShipmentsPanel,
};

/** The chosen system lives in the address (?view=bureau), so a tester can link straight to it. */
const viewFrom = (params: URLSearchParams): View => VIEWS.find((view) => view === params.get('view')) ?? 'sms';

export function SimulatorPage() {
  const { t } = useTranslation();
  const prefix = useId();
  const [params, setParams] = useSearchParams();
  const selected = viewFrom(params);
  const tabs = VIEWS.map((id) => ({ id, label: t(`simulator.${id}.heading`) }));

  return (
    <>
      <PageHeader title={t('simulator.title')} intro={t('simulator.intro')} />
      <SimulatorTabs
        label={t('simulator.tabsLabel')}
        tabs={tabs}
        selected={selected}
        idPrefix={prefix}
        onSelect={(view) => setParams(view === 'sms' ? {} : { view }, { replace: true })}
      />
      {VIEWS.map((view) => {
        const Panel = PANELS[view];
        // Only the chosen panel is mounted, so only what is on screen is polled.
        return (
          <div
            key={view}
            id={panelId(prefix, view)}
            role="tabpanel"
            aria-labelledby={tabId(prefix, view)}
            hidden={view !== selected}
            className="sim-panel"
          >
            {view === selected ? <Panel /> : null}
          </div>
        );
      })}
    </>
  );
}
