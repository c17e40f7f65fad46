import { topics, type Topic } from '../../content/vocabulary';

/** The default drill topic when a link names none. */
export const DEFAULT_DRILL_TOPIC: Topic = 'evaluation-logic';

/**
 * The topic a drill link asks for (`#/quiz/drill?topic=roles`, from the progress pages), or the
 * default when the link names none or names a topic that does not exist.
 */
export function drillTopicFrom(query: URLSearchParams): Topic {
  const asked = query.get('topic');
  return (topics as readonly string[]).includes(asked ?? '')
    ? (asked as Topic)
    : DEFAULT_DRILL_TOPIC;
}
