import { useEffect } from 'react';
import { Alert, App, Button, Card, Empty, Form, Input, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorText } from '../../api/problem';
import { useApiForm } from '../../components/FormModal';
import { UnitSelect } from '../../components/RemoteSelect';
import { useUrlParams } from '../../components/useUrlParams';
import { SingleClauseSelect } from '../../documents/Clauses';
import { useSession } from '../../session';
import type { UnitScope } from './types';

const FIELDS = ['statement_vi', 'statement_en', 'sites', 'products', 'excluded_clauses'];

interface Values {
  statement_vi: string; statement_en: string; sites?: string; products?: string;
  excluded_clauses?: Array<{ clause_id?: number; justification?: string }>;
}

const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** What the form sends for `scope`: the lists as arrays, each exclusion with its justification as typed. */
export function scopeBody(v: Values, version: number) {
  return {
    version, statement_vi: v.statement_vi, statement_en: v.statement_en, sites: lines(v.sites), products: lines(v.products),
    excluded_clauses: (v.excluded_clauses ?? []).map((e) => ({ clause_id: e.clause_id, justification: e.justification ?? '' })),
  };
}

function ScopeForm({ scope, unitId }: { scope: UnitScope; unitId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const qc = useQueryClient();
  const reload = () => void qc.invalidateQueries({ queryKey: ['scope', unitId] });
  const { form, error, busy, submit } = useApiForm<Values>(FIELDS, async (v) => {
    await api(`/units/${unitId}/scope`, { method: 'PUT', json: scopeBody(v, scope.version) });
    message.success(t('planningContext.scope.saved'));
    reload();
  }, reload);
  useEffect(() => {
    form.setFieldsValue({
      statement_vi: scope.statement_vi, statement_en: scope.statement_en, sites: scope.sites.join('\n'),
      products: scope.products.join('\n'),
      excluded_clauses: scope.excluded_clauses.map((e) => ({ clause_id: e.clause_id, justification: e.justification })),
    });
  }, [scope, form]);
  const readOnly = !can('manage_planning');
  return (
    <Card data-testid="scope-form">
      {scope.version === 0 && <Alert type="info" showIcon message={t('planningContext.scope.never')} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v: Values) => void submit(v)} disabled={readOnly}>
        <Form.Item name="statement_vi" label={t('planningContext.scope.statementVi')} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="statement_en" label={t('planningContext.scope.statementEn')} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="sites" label={t('planningContext.scope.sites')} extra={t('planningContext.scope.listHelp')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="products" label={t('planningContext.scope.products')} extra={t('planningContext.scope.listHelp')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>{t('planningContext.scope.exclusions')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('planningContext.scope.exclusionHelp')}</Typography.Paragraph>
        <Form.List name="excluded_clauses">
          {(items, { add, remove }) => (
            <>
              {items.map((item, i) => (
                <Space key={item.key} align="start" wrap style={{ display: 'flex' }} data-testid={`exclusion-${i}`}>
                  <Form.Item name={[item.name, 'clause_id']} label={`${t('planningContext.scope.clause')} ${i + 1}`} rules={[{ required: true }]}>
                    <SingleClauseSelect style={{ width: 320 }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'justification']} label={`${t('planningContext.scope.justification')} ${i + 1}`}
                    rules={[{ required: true, whitespace: true, max: 2000 }]}>
                    <Input.TextArea rows={2} style={{ width: 420, maxWidth: '100%' }} maxLength={2000} />
                  </Form.Item>
                  {!readOnly && <Button aria-label={`${t('planningContext.scope.remove')} ${i + 1}`} icon={<DeleteOutlined />} onClick={() => remove(item.name)} style={{ marginTop: 30 }} />}
                </Space>
              ))}
              {!readOnly && <Button icon={<PlusOutlined />} onClick={() => add()}>{t('planningContext.scope.addExclusion')}</Button>}
            </>
          )}
        </Form.List>
        {!readOnly && (
          <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16, display: 'block' }}>{t('common.save')}</Button>
        )}
      </Form>
    </Card>
  );
}

export default function ScopePage() {
  const { t } = useTranslation();
  const [params, setParam] = useUrlParams();
  const unitId = params.get('unit') ? Number(params.get('unit')) : undefined;
  const scope = useQuery({
    queryKey: ['scope', unitId],
    queryFn: () => api<UnitScope>(`/units/${unitId}/scope`),
    enabled: unitId !== undefined,
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('planningContext.scope.title')}</Typography.Title>
      <Space style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('planningContext.scope.unit')} placeholder={t('planningContext.scope.pickUnit')}
          value={unitId} onChange={(v) => setParam('unit', v)} style={{ width: 320, maxWidth: '100%' }} />
      </Space>
      {scope.error && <Alert type="error" showIcon message={errorText(scope.error)} />}
      {unitId === undefined && <Empty description={t('planningContext.scope.pickUnit')} />}
      {scope.data && <ScopeForm key={unitId} scope={scope.data} unitId={unitId!} />}
    </>
  );
}
