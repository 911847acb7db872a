import { useState } from 'react';
import { Alert, App, Card, Radio, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { DELIVERIES, type Delivery } from './types';

/** The profile's choice of how notices of new tasks are mailed: at once, one digest a day, or not at all. */
export function DeliveryCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pref = useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: () => api<{ delivery: Delivery }>('/notifications/preferences'),
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const choose = async (delivery: Delivery) => {
    setError(null);
    setSaving(true);
    try {
      await api('/notifications/preferences', { method: 'PUT', json: { delivery } });
      message.success(t('common.saved'));
      await pref.refetch();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card size="small" title={t('notifications.delivery')} data-testid="delivery-card">
      {(error || pref.error) && <Alert type="error" showIcon message={error ?? errorText(pref.error)} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('notifications.deliveryHelp')}</Typography.Paragraph>
      {pref.data && (
        <Radio.Group value={pref.data.delivery} disabled={saving} onChange={(e) => void choose(e.target.value as Delivery)}>
          <Space direction="vertical">
            {DELIVERIES.map((d) => (
              <Radio key={d} value={d} data-testid={`delivery-${d}`}>{t(`notifications.deliveries.${d}`)}</Radio>
            ))}
          </Space>
        </Radio.Group>
      )}
    </Card>
  );
}
