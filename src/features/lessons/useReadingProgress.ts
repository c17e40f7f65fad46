import { useEffect, useRef, useState, type RefObject } from 'react';
import { writeAsActiveProfile } from '../../db/lazyData';
import { saveInBackground } from '../../db/writeFailures';

/**
 * Tracks how far the learner scrolled through the article (0–1) and the time spent reading,
 * saving both to IndexedDB every few seconds and when the lesson closes.
 */
export function useReadingProgress(
  ref: RefObject<HTMLElement | null>,
  lessonId: string,
  ready: boolean,
): number {
  const [fraction, setFraction] = useState(0);
  const furthest = useRef(0);
  const since = useRef(0);

  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    const measure = () => {
      if (frame) return;
      // one measurement per frame, and a re-render only when the bar moves by a whole percent
      frame = requestAnimationFrame(() => {
        frame = 0;
        const el = ref.current;
        if (!el) return;
        const rect = el.getBoundingClientRect();
        const seen = window.innerHeight - rect.top;
        const value =
          Math.round(Math.min(1, Math.max(0, seen / Math.max(1, rect.height))) * 100) / 100;
        furthest.current = Math.max(furthest.current, value);
        setFraction(value);
      });
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [ref, ready]);

  useEffect(() => {
    since.current = Date.now();
    const save = () => {
      const seconds = (Date.now() - since.current) / 1000;
      since.current = Date.now();
      const fraction = furthest.current;
      saveInBackground(
        writeAsActiveProfile((d, profileId) =>
          d.recordReading(profileId, lessonId, fraction, Math.min(seconds, 120), d.db),
        ),
      );
    };
    const timer = window.setInterval(save, 10_000);
    return () => {
      window.clearInterval(timer);
      save();
    };
  }, [lessonId]);

  return fraction;
}
