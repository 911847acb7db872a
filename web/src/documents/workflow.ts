import type { Revision, RevisionAction } from '../api/types';

/**
 * The workflow actions a user may take on a revision now, by the rules of `RevisionAction` in api/openapi.json
 * (a manager may manage documents on the document's unit). Offered as buttons; the server decides.
 * `approve` waits until every named reviewer has endorsed the content.
 */
export function actionsFor(rev: Revision, userId: number, manager: boolean): RevisionAction[] {
  const author = rev.author_id === userId;
  const reviewer = rev.reviewer_ids.includes(userId);
  const approver = rev.approver_id === userId;
  const endorsed = endorsedBy(rev);
  const out: RevisionAction[] = [];
  switch (rev.status) {
    case 'draft':
      if (author || manager) out.push('submit', 'abandon');
      break;
    case 'in_review':
      if (reviewer && !endorsed.has(userId)) out.push('endorse');
      if (approver && !author && rev.reviewer_ids.every((id) => endorsed.has(id))) out.push('approve');
      if (reviewer || approver) out.push('request_changes');
      if (author) out.push('recall');
      break;
    case 'changes_requested':
      if (author || manager) out.push('rework');
      break;
    case 'approved':
      if (approver || manager) out.push('publish');
      if (author || manager) out.push('rework');
      break;
    case 'published':
      if (manager) out.push('withdraw');
      break;
    default:
      break;
  }
  return out;
}

/** The reviewers who endorsed the current content since it was last submitted. */
export function endorsedBy(rev: Revision): Set<number> {
  const lastSubmit = rev.decisions.map((d) => d.action).lastIndexOf('submit');
  return new Set(
    rev.decisions
      .slice(lastSubmit + 1)
      .filter((d) => d.action === 'endorse' && d.content_hash === rev.content_hash)
      .map((d) => d.user_id),
  );
}
