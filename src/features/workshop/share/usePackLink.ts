import { useEffect, useState } from 'react';
import { canonicalJson } from '../../../lib/pack/checksum';
import { appBaseUrl, encodePackData, packLink } from '../../../lib/pack/codec';
import { limits, type Pack } from '../../../lib/pack/schema';

export interface PackLink {
  link: string;
  /** short enough for a QR code */
  fitsQr: boolean;
  /** short enough to hand out as a link at all */
  fitsLink: boolean;
}

/** The pack's join link for this copy of the app (its origin and path), computed once. */
export function usePackLink(pack: Pack | null): PackLink | null {
  const [state, setState] = useState<{ key: string; value: PackLink } | null>(null);
  const key = pack ? canonicalJson(pack) : '';
  useEffect(() => {
    if (!key) return;
    const pack = JSON.parse(key) as Pack;
    let live = true;
    void encodePackData(pack).then((data) => {
      const link = packLink(appBaseUrl(window.location), data);
      if (live)
        setState({
          key,
          value: {
            link,
            fitsQr: link.length <= limits.qrLinkChars,
            fitsLink: link.length <= limits.linkChars,
          },
        });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return state && key && state.key === key ? state.value : null;
}
