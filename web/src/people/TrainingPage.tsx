export { TrainingPage as default } from './training';
