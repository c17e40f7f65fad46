// Drill links from the progress pages (`#/quiz/drill?topic=…`) preselect their topic.
import { describe, expect, it } from 'vitest';
import { topics } from '../../../src/content/vocabulary';
import { DEFAULT_DRILL_TOPIC, drillTopicFrom } from '../../../src/features/quiz/drillTopic';

describe('drillTopicFrom', () => {
  it('takes every known topic from the link', () => {
    for (const topic of topics) {
      expect(drillTopicFrom(new URLSearchParams({ topic }))).toBe(topic);
    }
  });

  it('falls back to the default for a missing, unknown or crafted topic', () => {
    expect(drillTopicFrom(new URLSearchParams())).toBe(DEFAULT_DRILL_TOPIC);
    expect(drillTopicFrom(new URLSearchParams({ topic: 'no-such-topic' }))).toBe(
      DEFAULT_DRILL_TOPIC,
    );
    expect(drillTopicFrom(new URLSearchParams({ topic: '<img src=x onerror=alert(1)>' }))).toBe(
      DEFAULT_DRILL_TOPIC,
    );
  });
});
