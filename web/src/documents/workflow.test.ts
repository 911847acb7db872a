import { describe, expect, it } from 'vitest';
import type { Decision, Revision } from '../api/types';
import { actionsFor, endorsedBy } from './workflow';

const AUTHOR = 1;
const REVIEWER = 2;
const APPROVER = 3;
const OTHER = 4;
const HASH = 'a'.repeat(64);

let nextId = 1;
const decision = (user_id: number, action: Decision['action'], content_hash = HASH): Decision => ({
  id: nextId++, user_id, action, comment: '', content_hash, at: '2026-01-01T00:00:00Z',
});

const revision = (status: Revision['status'], decisions: Decision[] = []): Revision => ({
  id: 10, document_id: 5, number: 1, change_description: 'Ban hành lần đầu', status, author_id: AUTHOR,
  approver_id: APPROVER, effective_on: null, published_at: null, content_hash: HASH, version: 1,
  created_at: '', updated_at: '', content_markdown: '', content_html: '', reviewer_ids: [REVIEWER], decisions,
});

describe('actionsFor', () => {
  it('lets the author or a manager submit or abandon a draft, nobody else', () => {
    expect(actionsFor(revision('draft'), AUTHOR, false)).toEqual(['submit', 'abandon']);
    expect(actionsFor(revision('draft'), OTHER, true)).toEqual(['submit', 'abandon']);
    expect(actionsFor(revision('draft'), REVIEWER, false)).toEqual([]);
  });

  it('in review: the reviewer endorses once; the approver approves only after every endorsement', () => {
    const submitted = revision('in_review', [decision(AUTHOR, 'submit')]);
    expect(actionsFor(submitted, REVIEWER, false)).toEqual(['endorse', 'request_changes']);
    expect(actionsFor(submitted, APPROVER, false)).toEqual(['request_changes']);
    expect(actionsFor(submitted, AUTHOR, true)).toEqual(['recall']);
    const endorsed = revision('in_review', [decision(AUTHOR, 'submit'), decision(REVIEWER, 'endorse')]);
    expect(actionsFor(endorsed, REVIEWER, false)).toEqual(['request_changes']);
    expect(actionsFor(endorsed, APPROVER, false)).toEqual(['approve', 'request_changes']);
  });

  it('never offers the author approval of their own revision', () => {
    const own = { ...revision('in_review', [decision(AUTHOR, 'submit')]), approver_id: AUTHOR, reviewer_ids: [] };
    expect(actionsFor(own, AUTHOR, true)).not.toContain('approve');
  });

  it('after approval the approver or a manager publishes; a manager withdraws a published revision', () => {
    expect(actionsFor(revision('approved'), APPROVER, false)).toEqual(['publish']);
    expect(actionsFor(revision('approved'), AUTHOR, false)).toEqual(['rework']);
    expect(actionsFor(revision('published'), OTHER, true)).toEqual(['withdraw']);
    expect(actionsFor(revision('published'), APPROVER, false)).toEqual([]);
    expect(actionsFor(revision('superseded'), OTHER, true)).toEqual([]);
  });
});

describe('endorsedBy', () => {
  it('counts endorsements of the current content since the latest submission only', () => {
    expect(endorsedBy(revision('in_review', [decision(REVIEWER, 'endorse'), decision(AUTHOR, 'submit')]))).toEqual(new Set());
    expect(endorsedBy(revision('in_review', [decision(AUTHOR, 'submit'), decision(REVIEWER, 'endorse', 'b'.repeat(64))])))
      .toEqual(new Set());
    expect(endorsedBy(revision('in_review', [decision(AUTHOR, 'submit'), decision(REVIEWER, 'endorse')]))).toEqual(new Set([REVIEWER]));
  });
});
