export { detectDamage, restoreDamagedText, type Damage, type RestoredText } from './restore.js';
export type { Repair, RepairKind } from './repair.js';
export { skeleton, confusionDistance } from './confusions.js';
