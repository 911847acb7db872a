// Importing a framework from a CSV, JSON or Excel (.xlsx) file: its identity, the file, a dry run that checks without storing, and
// the row report of a refusal (every fault of every row) or of what was imported.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type ProblemItem } from '../api/client';
import { errorText } from '../api/problem';
import { RowErrorTable } from '../components/RowReport';
import type { FrameworkImportResult } from './types';

interface Identity { code: string; version: string; title_vi: string; title_en: string; publisher: string; source?: string }

/** The request of an import: a workbook goes as its bytes, a JSON file as JSON (parsed here), anything else as CSV. */
export async function importBody(file: File): Promise<{ xlsx: Blob } | { json: unknown } | { csv: string }> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return { xlsx: file };
  const text = await file.text();
  return name.endsWith('.json') ? { json: JSON.parse(text) as unknown } : { csv: text };
}

export function FrameworkImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const F = (k: string, o?: Record<string, unknown>) => t(`frameworks.${k}`, o);
  const [form] = Form.useForm<Identity>();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FrameworkImportResult | null>(null);
  const [rowErrors, setRowErrors] = useState<ProblemItem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    setResult(null);
    setRowErrors(null);
    setMessage(null);
    const identity = await form.validateFields();
    if (!file) {
      setMessage(t('csv.empty'));
      return;
    }
    setBusy(true);
    try {
      const r = await api<FrameworkImportResult>('/frameworks/imports', {
        method: 'POST', query: { ...identity, dry_run: dryRun }, ...(await importBody(file)),
      });
      setResult(r);
      if (!dryRun) onImported();
    } catch (e) {
      setMessage(e instanceof SyntaxError ? t('common.error') : errorText(e));
      if (e instanceof ApiError && e.problem.errors?.length) setRowErrors(e.problem.errors);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: F('required') }];
  return (
    <Modal
      open={open} title={F('import')} onCancel={onClose} width={820} destroyOnClose
      footer={[
        <Button key="close" onClick={onClose}>{t('common.close')}</Button>,
        <Button key="dry" data-testid="framework-dry-run" loading={busy} onClick={() => void run(true)}>{F('dryRun')}</Button>,
        <Button key="go" data-testid="framework-submit" type="primary" loading={busy} onClick={() => void run(false)}>{F('submit')}</Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{F('help')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark>
          <Space wrap>
            <Form.Item name="code" label={F('code')} rules={required} extra={F('codeHelp')}><Input /></Form.Item>
            <Form.Item name="version" label={F('version')} rules={required}><Input /></Form.Item>
          </Space>
          <Form.Item name="title_vi" label={F('titleVi')} rules={required}><Input /></Form.Item>
          <Form.Item name="title_en" label={F('titleEn')} rules={required}><Input /></Form.Item>
          <Form.Item name="publisher" label={F('publisher')} rules={required}><Input /></Form.Item>
          <Form.Item name="source" label={F('source')}><Input /></Form.Item>
        </Form>
        <Upload
          accept=".csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            setRowErrors(null);
            setMessage(null);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{F('file')}</Button>
        </Upload>
        {file && <Typography.Text>{t('csv.fileChosen', { name: file.name })}</Typography.Text>}
        {result && (
          <>
            <Alert type="success" showIcon data-testid="framework-result"
              message={result.dry_run ? F('dryRunOk', { count: result.rows.length }) : F('imported', { count: result.imported })} />
            <Table size="small" pagination={false} rowKey="row" dataSource={result.rows} caption={t('csv.report')}
              columns={[
                { title: t('csv.row'), dataIndex: 'row', width: 80 },
                { title: t('csv.key'), dataIndex: 'key' },
                { title: t('csv.id'), dataIndex: 'id', width: 100, render: (id: number | null) => id ?? '—' },
              ]} />
          </>
        )}
        {message && <Alert type="error" showIcon message={rowErrors ? t('csv.refused') : t('common.error')} description={message} />}
        {rowErrors && <RowErrorTable errors={rowErrors} />}
      </Space>
    </Modal>
  );
}
