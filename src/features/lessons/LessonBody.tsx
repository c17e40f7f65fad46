import { challengeSummaries } from 'virtual:lp-content/challenge-summaries';
import type { LessonBody as LessonBodyContent } from '../../content/lessonBlocks';
import { challengesForLesson } from '../../content/related';
import type { LessonMeta } from '../../content/schema';
import type { DataState } from '../../db/lazyData';
import { Checkpoints } from './Checkpoints';
import { LessonBlocks } from './LessonBlocks';
import { PractiseChallenges } from './PractiseChallenges';
import { TableOfContents } from './TableOfContents';

/**
 * A lesson's loaded body: its contents, blocks, checkpoint questions and playground challenges.
 * LessonReader loads this module together with the body, so the lesson's title and summary
 * (the first screen) never wait for the try-it cards' and questions' code.
 */
export function LessonBody({
  meta,
  body,
  all,
  profileId,
  data,
}: {
  meta: LessonMeta;
  body: LessonBodyContent;
  /** render every block at once (e.g. to jump to a section) */
  all: boolean;
  profileId: string | null;
  data: DataState;
}) {
  return (
    <>
      <TableOfContents lessonId={meta.id} toc={body.toc} />
      <LessonBlocks lessonId={meta.id} blocks={body.blocks} all={all} />
      <Checkpoints lessonId={meta.id} questions={body.checkpoints ?? []} />
      <PractiseChallenges
        challenges={challengesForLesson(meta, challengeSummaries)}
        profileId={profileId}
        data={data}
      />
    </>
  );
}
