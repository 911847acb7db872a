// What the framework import and the correspondence import share: the file chooser, the running of an import with
// its outcome (what was imported, or the refusal with its row report) and how that outcome is shown.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, type ProblemItem } from '../api/client';
import { errorText } from '../api/problem';
import { RowErrorTable } from '../components/RowReport';
import type { FrameworkImportResult } from './types';

const ACCEPTED = '.csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One import's state: the file chosen, whether it runs, and its outcome. */
export function useImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FrameworkImportResult | null>(null);
  const [rowErrors, setRowErrors] = useState<ProblemItem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const clear = () => {
    setResult(null);
    setRowErrors(null);
    setMessage(null);
  };
  const choose = (f: File) => {
    setFile(f);
    clear();
  };
  /** Runs `send` with the chosen file; `ready` false (or no file) says the file is missing instead. */
  const run = async (send: (file: File) => Promise<FrameworkImportResult>, ready = true) => {
    clear();
    if (!file || !ready) {
      setMessage(t('csv.empty'));
      return null;
    }
    setBusy(true);
    try {
      const r = await send(file);
      setResult(r);
      return r;
    } catch (e) {
      setMessage(e instanceof SyntaxError ? t('common.error') : errorText(e));
      if (e instanceof ApiError && e.problem.errors?.length) setRowErrors(e.problem.errors);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { file, busy, result, rowErrors, message, choose, run };
}

export function FileChooser({ label, file, onChoose }: { label: string; file: File | null; onChoose: (f: File) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Upload accept={ACCEPTED} showUploadList={false} beforeUpload={(f) => { onChoose(f); return false; }}>
        <Button icon={<UploadOutlined />}>{label}</Button>
      </Upload>
      {file && <Typography.Text>{t('csv.fileChosen', { name: file.name })}</Typography.Text>}
    </>
  );
}

/** The outcome: a success line (`summary`, with `detail` under it) and the rows, or the refusal and its row report. */
export function ImportOutcome({ state, testId, summary, detail, children }: {
  state: ReturnType<typeof useImport>; testId: string; summary: string; detail?: string; children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { result, message, rowErrors } = state;
  return (
    <>
      {result && (
        <>
          <Alert type="success" showIcon data-testid={testId} message={summary} description={detail} />
          <Table size="small" pagination={false} rowKey="row" dataSource={result.rows} caption={t('csv.report')}
            columns={[
              { title: t('csv.row'), dataIndex: 'row', width: 80 },
              { title: t('csv.key'), dataIndex: 'key' },
              { title: t('csv.id'), dataIndex: 'id', width: 100, render: (id: number | null) => id ?? '—' },
            ]} />
          {children}
        </>
      )}
      {message && <Alert type="error" showIcon message={rowErrors ? t('csv.refused') : t('common.error')} description={message} />}
      {rowErrors && <RowErrorTable errors={rowErrors} />}
    </>
  );
}
