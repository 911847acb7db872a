import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus, DocumentType, RevisionStatus } from '../api/types';

export const DOCUMENT_STATUS_COLOR: Record<DocumentStatus, string> = { draft: 'gold', published: 'green', obsolete: 'default' };

/** The translated name of a document type (policy = Chính sách, …). */
export function DocumentTypeLabel({ type }: { type: DocumentType }) {
  const { t } = useTranslation();
  return <>{t(`documents.types.${type}`, { defaultValue: type })}</>;
}

/** A coloured tag with the translated document status (draft = Dự thảo, …). */
export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <Tag color={DOCUMENT_STATUS_COLOR[status]}>{t(`documents.statuses.${status}`, { defaultValue: status })}</Tag>;
}

const REVISION_STATUS_COLOR: Record<RevisionStatus, string> = {
  draft: 'gold', in_review: 'blue', changes_requested: 'orange', approved: 'cyan', published: 'green', superseded: 'default',
  obsolete: 'default',
};

/** A coloured tag with the translated revision status (in_review = Đang xem xét, …). */
export function RevisionStatusTag({ status }: { status: RevisionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REVISION_STATUS_COLOR[status]} data-testid="revision-status">
      {t(`documents.revisionStatuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/**
 * Where a document stands in a list: its own status, and the revision under way where that says more. A draft
 * document whose first revision is in review shows "in review", not "draft"; a published one with a new revision
 * under way shows both.
 */
export function DocumentStateTags({ status, open }: { status: DocumentStatus; open?: RevisionStatus | null }) {
  if (!open || open === 'draft' && status === 'draft') return <DocumentStatusTag status={status} />;
  if (status === 'draft') return <RevisionStatusTag status={open} />;
  return <><DocumentStatusTag status={status} /><RevisionStatusTag status={open} /></>;
}

/** The red "review overdue" tag, shown only when the server says the periodic review is overdue. */
export function ReviewOverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? <Tag color="red" data-testid="review-overdue">{t('documents.reviewOverdue')}</Tag> : null;
}

/** A search hit's snippet, with the server's <mark> highlighting. */
export function SearchSnippet({ html }: { html: string }) {
  // Safe: GET /api/v1/search HTML-escapes the document text of `snippet` and adds nothing but <mark> tags,
  // so this field may be inserted as HTML. Never use this for any other server field.
  return <span className="doc-snippet" data-testid="doc-snippet" dangerouslySetInnerHTML={{ __html: html }} />;
}
