// Protect: protected persons (encrypted face embeddings, erasable), consent grants, and the change feed they share with hash lists.
export {
  PERSON_PREFERENCES,
  MAX_ENROL_PHOTOS,
  biometricKey,
  sealEmbeddings,
  openEmbeddings,
  embeddingsFromPhotos,
  enrolPerson,
  listPersons,
  getPerson,
  deletePerson,
  loadPersonEmbeddings,
  type PersonPreference,
  type PersonRecord,
  type PersonEmbeddings,
  type EnrolOptions,
} from './persons.ts';
export {
  CONSENT_CATEGORIES,
  grantConsent,
  listGrants,
  revokeGrant,
  activeGrants,
  verifyConsent,
  checkEndUser,
  type ConsentCategory,
  type ConsentGrant,
  type GrantOptions,
  type VerifiedConsent,
  type ConsentRequest,
  type FaceMatchDetail,
} from './consent.ts';
export { PersonIndex, normalised, gaussian, uniform, type PersonVector, type PersonMatch, type PersonIndexOptions } from './person-index.ts';
export { createProtectedPersonDetector, PersonRegistry, PROTECTED_PERSON_DETECTOR, type ProtectedPersonDetectorOptions } from './protected-person-detector.ts';
export { PROTECT_CHANGED_CHANNEL, listProtectEvents, recordProtectChange, type ProtectEvent, type ProtectKind } from './protect-events.ts';
export { createProtection, type Protection, type ProtectionOptions } from './protection.ts';
