/** Reviews due within this much of now count as due (Anki's "learn ahead" limit is 20 min). */
export const learnAheadMs = 20 * 60_000;
