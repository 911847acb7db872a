import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { TrainingEvaluationPanel } from './TrainingEvaluation';

/**
 * A participant's own page of a programme, for everyone logged in: an attendee who does not view competences
 * (a school's staff) gives their reaction here; the check-in page links to it.
 */
export default function ReactionPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  return (
    <div style={{ maxWidth: 720 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('nav.trainingReaction')}</Typography.Title>
      <TrainingEvaluationPanel id={id} fallback={<Alert type="info" showIcon message={t('peopleEval.reaction.notParticipant')} />} />
    </div>
  );
}
