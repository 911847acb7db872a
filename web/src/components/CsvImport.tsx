import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type ProblemItem } from '../api/client';
import { errorText } from '../api/problem';
import type { ImportResult } from '../api/types';
import { ImportedRowsTable, RowErrorTable } from './RowReport';
import { monoFont } from '../theme';

interface Props {
  open: boolean;
  onClose: () => void;
  path: '/units/import' | '/users/import';
  help: string;
  onImported: () => void;
}

export function CsvImportModal({ open, onClose, path, help, onImported }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [rowErrors, setRowErrors] = useState<ProblemItem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const reset = () => {
    setResult(null);
    setRowErrors(null);
    setMessage(null);
  };

  const submit = async () => {
    reset();
    if (!text.trim()) {
      setMessage(t('csv.empty'));
      return;
    }
    setBusy(true);
    try {
      const r = await api<ImportResult>(path, { method: 'POST', csv: text });
      setResult(r);
      onImported();
    } catch (e) {
      setMessage(errorText(e));
      if (e instanceof ApiError && e.problem.errors?.length) setRowErrors(e.problem.errors);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('csv.title')}
      onCancel={onClose}
      width={760}
      destroyOnClose
      footer={[
        <Button key="close" onClick={onClose}>{t('common.close')}</Button>,
        <Button key="go" data-testid="csv-submit" type="primary" loading={busy} onClick={() => void submit()}>{t('csv.submit')}</Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((s) => {
              setText(s);
              setFileName(file.name);
              reset();
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('csv.file')}</Button>
        </Upload>
        {fileName && <Typography.Text>{t('csv.fileChosen', { name: fileName })}</Typography.Text>}
        <Form layout="vertical">
          <Form.Item label={t('csv.paste')} htmlFor="csv-text">
            <Input.TextArea
              id="csv-text"
              rows={6}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setFileName(null);
              }}
              style={{ fontFamily: monoFont }}
            />
          </Form.Item>
        </Form>
        {result && (
          <>
            <Alert type="success" showIcon message={t('csv.imported', { count: result.imported })} />
            <ImportedRowsTable rows={result.rows} />
          </>
        )}
        {message && <Alert type="error" showIcon message={rowErrors ? t('csv.refused') : t('common.error')} description={message} />}
        {rowErrors && <RowErrorTable errors={rowErrors} />}
      </Space>
    </Modal>
  );
}
