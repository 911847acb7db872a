import { Button } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ControlledDocument, RevisionSummary } from '../api/types';

/**
 * Downloads a published revision as a controlled copy: the server's PDF with code, revision, effective date, page x of
 * y and "uncontrolled when printed" in the reader's language.
 */
export function ControlledCopyLink({ document: d, revision, style }: {
  document: ControlledDocument; revision: Pick<RevisionSummary, 'id' | 'number'>; style?: React.CSSProperties;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Button
      size="small"
      icon={<FilePdfOutlined />}
      href={`/api/v1/documents/${d.id}/revisions/${revision.id}/pdf?lang=${lang}`}
      download={`${d.code}-${revision.number}.pdf`}
      style={style}
      data-testid="controlled-copy"
    >
      {t('attachments.controlledCopy')}
    </Button>
  );
}
