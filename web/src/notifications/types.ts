// What GET /api/v1/notifications and /notifications/preferences answer (api/openapi.json NotificationList,
// NotificationPreferences).
export type TaskKind =
  | 'revision_review' | 'revision_approval' | 'revision_publication' | 'document_read' | 'audit_assigned'
  | 'action_due' | 'certification_step' | 'certificate_due' | 'review_scheduled' | 'directive_answer';

export interface UserTask {
  key: string;
  kind: TaskKind;
  title: string;
  due: string | null;
  link: string;
  overdue: boolean;
}

export interface TaskList {
  today: string;
  count: number;
  overdue: number;
  items: UserTask[];
}

export type Delivery = 'immediate' | 'daily_digest' | 'none';
export const DELIVERIES: Delivery[] = ['immediate', 'daily_digest', 'none'];

export type Group = 'overdue' | 'thisWeek' | 'later' | 'noDue';

/** The group a task shows under on the home page, its due date against today ("YYYY-MM-DD", the server's). */
export function groupOf(task: UserTask, today: string): Group {
  if (!task.due) return 'noDue';
  if (task.overdue || task.due < today) return 'overdue';
  const week = new Date(`${today}T00:00:00Z`);
  week.setUTCDate(week.getUTCDate() + 7);
  return task.due <= week.toISOString().slice(0, 10) ? 'thisWeek' : 'later';
}

/** The tasks by group, in the server's order within each, groups in reading order, empty ones left out. */
export function grouped(list: TaskList): { group: Group; items: UserTask[] }[] {
  const order: Group[] = ['overdue', 'thisWeek', 'later', 'noDue'];
  return order
    .map((group) => ({ group, items: list.items.filter((t) => groupOf(t, list.today) === group) }))
    .filter((g) => g.items.length > 0);
}
