export { wilson, Z95, type Proportion } from './wilson.ts';
export { roganGladen, roganGladenInterval, clamp01, type Estimate, type RoganGladenInput } from './rogan-gladen.ts';
export { seededRandom, shuffled, normal, quantile } from './random.ts';
export { validationEstimates, type LabelledItem, type ValidationEstimate } from './validation.ts';
