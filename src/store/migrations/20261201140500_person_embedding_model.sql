-- Face embeddings are comparable only when made by the same model and pipeline (issue 13: the
-- aligned-chip embedding replaced the landmark-box crop). Each enrolled person records the id of
-- the pipeline that made their embeddings (src/image/face-embedding.ts, FACE_EMBEDDING_MODEL);
-- rows from before this migration are marked with the old pipeline's id, are never compared with
-- new embeddings, and are reported as needing re-enrolment. No default after this: every insert
-- names its model.
ALTER TABLE protected_persons ADD COLUMN embedding_model text NOT NULL DEFAULT 'face-api-resnet34/landmark-box/v1';
ALTER TABLE protected_persons ALTER COLUMN embedding_model DROP DEFAULT;
