import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Col, Input, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { useSession } from '../session';
import { Preview } from './Preview';
import type { Definition, Questionnaire, QuestionnaireVersion } from './types';

/** A questionnaire's versions: the draft edited as JSON beside its preview, published ones read only. */
export default function QuestionnairePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: ['questionnaires', id], queryFn: () => api<Questionnaire>(`/questionnaires/${id}`) });
  const newest = q.data?.versions[q.data.versions.length - 1]?.number;
  const [number, setNumber] = useState<number | undefined>();
  const shown = number ?? newest;
  const version = useQuery({
    queryKey: ['questionnaires', id, 'versions', shown], enabled: shown !== undefined,
    queryFn: () => api<QuestionnaireVersion>(`/questionnaires/${id}/versions/${shown}`),
  });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [previewEn, setPreviewEn] = useState(i18n.language === 'en');
  useEffect(() => { if (version.data) setText(JSON.stringify(version.data.definition, null, 2)); }, [version.data]);
  const parsed = useMemo((): { definition?: Definition; problem?: string } => {
    try { return { definition: JSON.parse(text) as Definition }; } catch (e) { return { problem: (e as Error).message }; }
  }, [text]);
  const k = (key: string, o?: Record<string, unknown>) => t(`surveys.editor.${key}`, o);
  const draft = version.data?.status === 'draft';
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      message.success(done);
      // The list too: it carries each questionnaire's title and versions, which the campaign form offers.
      await qc.invalidateQueries({ queryKey: ['questionnaires'] });
    } catch (e) { setError(errorText(e)); }
  };
  return (
    <>
      <Link to="/questionnaires">{k('back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{q.data ? (i18n.language === 'en' ? q.data.title.en : q.data.title.vi) : ''}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label={k('version', { n: '' })} value={shown} onChange={setNumber} style={{ width: 220 }}
          options={(q.data?.versions ?? []).map((v) => ({ value: v.number, label: `${k('version', { n: v.number })} — ${k(v.status)}` }))} />
        {version.data && <Tag color={draft ? 'gold' : 'green'}>{k(version.data.status)}</Tag>}
        {can('manage_surveys') && draft && <Button disabled={!parsed.definition} onClick={() => void run(() => api(`/questionnaires/${id}/versions/${shown}`, { method: 'PUT', json: { definition: parsed.definition } }), k('saved'))}>{k('save')}</Button>}
        {can('manage_surveys') && draft && <Button type="primary" onClick={() => void run(() => api(`/questionnaires/${id}/versions/${shown}/publish`, { method: 'POST', json: {} }), k('published'))}>{k('publish')}</Button>}
        {can('manage_surveys') && !draft && shown === newest && <Button onClick={() => void run(async () => { const v = await api<QuestionnaireVersion>(`/questionnaires/${id}/versions`, { method: 'POST', json: {} }); setNumber(v.number); }, k('draft'))}>{k('newVersion')}</Button>}
      </Space>
      {!draft && version.data && <Alert type="info" showIcon message={k('publishedNote')} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {parsed.problem && <Alert type="warning" showIcon message={k('badJson', { reason: parsed.problem })} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <label htmlFor="definition-json"><Typography.Text strong>{k('definition')}</Typography.Text></label>
          <Input.TextArea id="definition-json" value={text} readOnly={!draft} onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 20, maxRows: 40 }} style={{ fontFamily: 'monospace', fontSize: 12 }} />
        </Col>
        <Col xs={24} lg={12}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{k('preview')}</Typography.Text>
            <Radio.Group aria-label={k('language')} value={previewEn ? 'en' : 'vi'} onChange={(e) => setPreviewEn(e.target.value === 'en')}
              options={[{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }]} optionType="button" size="small" />
          </Space>
          {parsed.definition?.sections && <Preview definition={parsed.definition} en={previewEn} requiredLabel={k('required')} />}
        </Col>
      </Row>
    </>
  );
}
