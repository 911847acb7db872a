import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { useSession } from '../session';
import { surveyIdIn, type Survey } from './types';

/**
 * The link back from an improvement entry a survey raised to that survey, by its title; nothing for a reader who may
 * not view surveys or an entry that names none.
 */
export function SurveySource({ description }: { description: string }) {
  const { can } = useSession();
  const id = surveyIdIn(description);
  const survey = useQuery({
    queryKey: ['surveys', id], enabled: id !== null && can('view_surveys'),
    queryFn: () => api<Survey>(`/surveys/${id}`),
  });
  if (!survey.data) return null;
  return <> — <Link to={`/surveys/${survey.data.id}`}>{survey.data.title}</Link></>;
}
