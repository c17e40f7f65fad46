import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { downloadJson } from '../../../lib/download';
import { packChecksum, packFileName } from '../../../lib/pack/packUtils';
import { limits } from '../../../lib/pack/schema';
import { href } from '../../../lib/router';
import { PackMissing } from '../PackMissing';
import { useBuiltPack } from '../useBuiltPack';
import { CopyField } from './CopyField';
import { PackFacts } from './PackFacts';
import { QrCode } from './QrCode';
import { usePackLink } from './usePackLink';

const n = (x: number) => x.toLocaleString('en');

/** Hand out a pack: its link, a QR code of the link, and the pack file. */
export function PackView({ packId }: { packId: string }) {
  const state = useBuiltPack(packId);
  const pack = state.status === 'ready' ? state.pack : null;
  const link = usePackLink(pack);
  if (state.status === 'loading') return <LoadingNotice label="Loading the pack…" />;
  if (state.status === 'missing') return <PackMissing error={state.error} />;
  const { pack: p } = state;
  return (
    <div className="workshop">
      <p>
        <a href={href('/workshop')}>← Workshop</a>
      </p>
      <PageTitle>Hand out “{p.title}”</PageTitle>
      <PackFacts pack={p} checksum={packChecksum(p)} />
      <p className="actions">
        <a className="button secondary" href={href(`/workshop/present/${p.id}`)}>
          Present
        </a>
        <a className="button secondary" href={href(`/workshop/print/${p.id}`)}>
          Print handout and answer key
        </a>
        <a className="button secondary" href={href(`/workshop/results/${p.id}`)}>
          Collect results
        </a>
      </p>
      <section aria-labelledby="ws-link" className="ws-share">
        <h2 id="ws-link">Link and QR code</h2>
        <p className="hint">
          The whole pack travels inside the link, after the #, so no server stores it. It opens in
          the copy of the app at this address ({window.location.host || 'this device'}); students
          need to have loaded it once to work offline. Links up to {n(limits.qrLinkChars)}{' '}
          characters also fit in a QR code; links up to {n(limits.linkChars)} characters can be
          shared as text; longer packs are handed out as a file.
        </p>
        {!link && <LoadingNotice label="Packing the link…" />}
        {link && link.fitsLink && (
          <>
            <CopyField label={`Pack link (${n(link.link.length)} characters)`} value={link.link} />
            {link.fitsQr ? (
              <figure className="ws-qr-figure">
                <QrCode text={link.link} label={`QR code of the link to “${p.title}”`} />
                <figcaption>Students scan this with a phone or tablet camera.</figcaption>
              </figure>
            ) : (
              <p className="notice notice-warn">
                ⚠ This link has {n(link.link.length)} characters, more than a QR code holds (
                {n(limits.qrLinkChars)}). Share the link as text or hand out the pack file.
              </p>
            )}
          </>
        )}
        {link && !link.fitsLink && (
          <p className="notice notice-warn" role="status">
            ⚠ This pack makes a link of {n(link.link.length)} characters, over the{' '}
            {n(limits.linkChars)}-character limit for links. Hand out the pack file instead.
          </p>
        )}
      </section>
      <section aria-labelledby="ws-file">
        <h2 id="ws-file">Pack file</h2>
        <p>
          For any pack, and for rooms where links are awkward: students open the file in their copy
          of the app under Workshop → “Open a pack file”.
        </p>
        <button type="button" onClick={() => downloadJson(packFileName(p), p)}>
          Download the pack file
        </button>
      </section>
    </div>
  );
}
