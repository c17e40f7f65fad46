/** Above this many entries in one list, pairwise checks (redundancy, matching) are skipped. */
export const PAIRWISE_LIMIT = 300;
