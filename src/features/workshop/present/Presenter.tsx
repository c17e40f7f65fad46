import { useEffect, useMemo, useRef, useState } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { href } from '../../../lib/router';
import { minutesSeconds } from '../csv';
import { caseStudyText } from '../packContent';
import { PackMissing } from '../PackMissing';
import { useBuiltPack } from '../useBuiltPack';
import { useResolvedPack } from '../useWorkshopContent';
import { SlideContent } from './SlideContent';
import { buildSlides } from './slides';
import { useLessonBodies } from './useLessonBodies';
import { useInertOutside } from './useInertOutside';
import { usePresenterTimer } from './usePresenterTimer';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName));

/**
 * Presenter mode: one lesson section or one question per screen in large type, arrow keys to
 * move, R or Enter to reveal an answer, T for the timer, F for full screen.
 */
export function Presenter({ packId }: { packId: string }) {
  const state = useBuiltPack(packId);
  const pack = state.status === 'ready' ? state.pack : null;
  const resolved = useResolvedPack(pack);
  const bodies = useLessonBodies(resolved?.lessons ?? null);
  const slides = useMemo(
    () =>
      resolved && bodies
        ? buildSlides({
            lessons: bodies,
            questions: resolved.questions,
            challenges: resolved.challenges,
          })
        : null,
    [resolved, bodies],
  );
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState<Set<number>>(() => new Set());
  const timer = usePresenterTimer(pack?.timeLimitMinutes ? pack.timeLimitMinutes * 60_000 : null);
  const rootRef = useRef<HTMLDivElement>(null);
  const count = slides?.length ?? 0;
  const slide = slides?.[Math.min(index, count - 1)];

  const go = (delta: number) => setIndex((i) => Math.max(0, Math.min(count - 1, i + delta)));
  const reveal = () =>
    slide?.kind === 'question' &&
    setRevealed((r) => {
      const next = new Set(r);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void rootRef.current?.requestFullscreen?.().catch(() => {});
  };

  useInertOutside(rootRef, slide !== undefined);
  const shownRevealed = revealed.has(index);
  useEffect(() => {
    if (shownRevealed) document.querySelector('.ws-reveal')?.scrollIntoView({ block: 'nearest' });
  }, [shownRevealed, index]);

  const keys = useRef({ go, reveal, fullScreen, toggleTimer: timer.toggle });
  useEffect(() => {
    keys.current = { go, reveal, fullScreen, toggleTimer: timer.toggle };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const k = keys.current;
      const key = e.key;
      if (['ArrowRight', 'PageDown'].includes(key) || (key === ' ' && !typing(e.target))) k.go(1);
      else if (['ArrowLeft', 'PageUp'].includes(key)) k.go(-1);
      else if (key === 'Home') k.go(-1e6);
      else if (key === 'End') k.go(1e6);
      else if (key === 'r' || key === 'R' || (key === 'Enter' && !typing(e.target))) k.reveal();
      else if (key === 't' || key === 'T') k.toggleTimer();
      else if (key === 'f' || key === 'F') k.fullScreen();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (state.status === 'loading') return <LoadingNotice label="Loading the pack…" />;
  if (state.status === 'missing') return <PackMissing error={state.error} />;
  if (!resolved || !slides || !slide) return <LoadingNotice label="Preparing the slides…" />;

  return (
    <div className="ws-presenter" ref={rootRef}>
      <header className="ws-presenter-bar">
        <PageTitle title={`Presenting: ${resolved.pack.title}`}>{resolved.pack.title}</PageTitle>
        <span aria-live="polite" className="ws-slide-count">
          Slide {index + 1} of {count}
        </span>
        <span
          role="timer"
          aria-label={timer.countsDown ? 'Time left' : 'Time'}
          className={timer.finished ? 'ws-timer ws-timer-low' : 'ws-timer'}
        >
          {timer.countsDown ? 'Time left' : 'Time'} {minutesSeconds(timer.shownMs)}
          {timer.finished ? ' — time is up' : timer.running ? '' : ' (paused)'}
        </span>
        <nav aria-label="Presenter controls" className="ws-presenter-controls">
          <button
            type="button"
            className="secondary small"
            onClick={() => go(-1)}
            disabled={index === 0}
          >
            ← Back
          </button>
          <button
            type="button"
            className="secondary small"
            onClick={() => go(1)}
            disabled={index >= count - 1}
          >
            Next →
          </button>
          {slide.kind === 'question' && (
            <button
              type="button"
              className="secondary small"
              onClick={reveal}
              aria-pressed={revealed.has(index)}
            >
              Reveal answer (R)
            </button>
          )}
          <button type="button" className="secondary small" onClick={timer.toggle}>
            {timer.running ? 'Pause timer' : 'Start timer'} (T)
          </button>
          <button type="button" className="secondary small" onClick={timer.reset}>
            Reset timer
          </button>
          <button type="button" className="secondary small" onClick={fullScreen}>
            Full screen (F)
          </button>
          <a className="button secondary small" href={href(`/workshop/pack/${resolved.pack.id}`)}>
            Exit
          </a>
        </nav>
      </header>
      <section
        className="ws-slide"
        tabIndex={0}
        aria-roledescription="slide"
        aria-label={`Slide ${index + 1} of ${count}`}
      >
        <SlideContent
          slide={slide}
          resolved={resolved}
          revealed={revealed.has(index)}
          caseStudy={
            slide.kind === 'question' ? caseStudyText(resolved, slide.question) : undefined
          }
        />
      </section>
      <p className="ws-presenter-help hint">
        ← → or Page Up/Down to move · R or Enter to reveal · T timer · F full screen
      </p>
    </div>
  );
}
