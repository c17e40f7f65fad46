import { PackFacts } from '../share/PackFacts';
import { QrCode } from '../share/QrCode';
import { usePackLink } from '../share/usePackLink';
import type { ResolvedPack } from '../packContent';
import { LessonSlide } from './LessonSlide';
import { PresenterQuestion } from './PresenterQuestion';
import type { Slide } from './slides';
import { href } from '../../../lib/router';

/** What one slide shows. */
export function SlideContent({
  slide,
  resolved,
  revealed,
  caseStudy,
}: {
  slide: Slide;
  resolved: ResolvedPack;
  revealed: boolean;
  caseStudy: string | undefined;
}) {
  const { pack } = resolved;
  const link = usePackLink(pack);
  switch (slide.kind) {
    case 'title':
      return (
        <div className="ws-slide-title">
          <h2>{pack.title}</h2>
          <PackFacts pack={pack} />
          {link?.fitsQr && (
            <figure className="ws-qr-figure">
              <QrCode text={link.link} label="QR code to join this workshop" size={340} />
              <figcaption>Scan to join — then enter your name.</figcaption>
            </figure>
          )}
        </div>
      );
    case 'lesson':
      return (
        <>
          <p className="ws-slide-kicker">
            {slide.lesson.title} · part {slide.part} of {slide.parts}
          </p>
          <h2>{slide.heading}</h2>
          <LessonSlide blocks={slide.blocks} />
        </>
      );
    case 'question':
      return (
        <>
          <p className="ws-slide-kicker">
            Question {slide.number} of {slide.total}
          </p>
          <h2 className="visually-hidden">Question {slide.number}</h2>
          <PresenterQuestion
            question={slide.question}
            seed={pack.seed}
            revealed={revealed}
            caseStudyText={caseStudy}
          />
        </>
      );
    case 'challenges':
      return (
        <>
          <h2>Challenges</h2>
          <p>In the playground, each one is graded against hidden test requests.</p>
          <ol>
            {slide.challenges.map((c) => (
              <li key={c.id}>
                <a href={href(`/playground/challenge/${c.id}`)}>{c.title}</a>{' '}
                <span className="hint">({c.level})</span>
              </li>
            ))}
          </ol>
        </>
      );
    case 'end':
      return (
        <div className="ws-slide-title">
          <h2>Hand in</h2>
          <p>
            In your copy of the app, press <strong>Hand in</strong>, then download your result file
            and give it to your instructor — or show its QR code.
          </p>
        </div>
      );
  }
}
