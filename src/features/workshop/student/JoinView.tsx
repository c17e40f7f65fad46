import { useEffect, useState, type ChangeEvent } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import { decodePackData, PackError, parsePackJson, readLimitedText } from '../../../lib/pack/codec';
import type { Pack } from '../../../lib/pack/schema';
import { href } from '../../../lib/router';
import { JoinForm } from './JoinForm';

const describe = (e: unknown) =>
  e instanceof PackError
    ? e.message
    : `Unexpected problem: ${e instanceof Error ? e.message : String(e)}`;

/** #/workshop/join?p=…: the pack inside the link, validated before anything is shown or stored. */
export function JoinFromLink({ data }: { data: string }) {
  const [state, setState] = useState<{ pack: Pack } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    decodePackData(data).then(
      (pack) => live && setState({ pack }),
      (e: unknown) => live && setState({ error: describe(e) }),
    );
    return () => {
      live = false;
    };
  }, [data]);
  if (!state) return <LoadingNotice label="Unpacking the workshop link…" />;
  if ('pack' in state) return <JoinForm pack={state.pack} />;
  return (
    <section className="panel workshop" aria-labelledby="page-title">
      <PageTitle>This workshop link cannot be opened</PageTitle>
      <p className="notice notice-warn" role="alert">
        ⚠ {state.error}
      </p>
      <p>Nothing was saved. Ask your instructor for the link again, or for the pack file.</p>
      <p className="actions">
        <a className="button secondary" href={href('/workshop/open')}>
          Open a pack file
        </a>
        <a className="button secondary" href={href('/workshop')}>
          Workshop
        </a>
      </p>
    </section>
  );
}

/** #/workshop/open: a pack file from the instructor. */
export function OpenPackFile() {
  const [pack, setPack] = useState<Pack | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (pack) return <JoinForm pack={pack} />;
  const open = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    readLimitedText(file)
      .then((text) => setPack(parsePackJson(text)))
      .catch((err: unknown) => setError(`${file.name}: ${describe(err)}`));
  };
  return (
    <section className="panel workshop" aria-labelledby="page-title">
      <p>
        <a href={href('/workshop')}>← Workshop</a>
      </p>
      <PageTitle>Open a pack file</PageTitle>
      <p>Choose the pack file your instructor handed out (it ends in .lp-pack.json).</p>
      <label className="ws-file-label">
        Pack file
        <input type="file" accept=".json,application/json" onChange={open} />
      </label>
      {error && (
        <p className="notice notice-warn" role="alert">
          ⚠ {error} Nothing was saved.
        </p>
      )}
    </section>
  );
}
