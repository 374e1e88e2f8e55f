/** The hashing contract shared by hash lists, the gateway's log and the audit. Owned by src/hash/. */
export interface ImageHashes {
  /** PDQ hash, 64 lowercase hex digits (256 bits). */
  pdq: string;
  /** PDQ quality, 0-100. */
  quality: number;
  md5: string;
  sha256: string;
}
