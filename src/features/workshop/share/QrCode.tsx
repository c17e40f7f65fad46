import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code drawn as SVG in the page (qrcode computes the modules; nothing is fetched). Always
 * dark on white with a quiet zone, whatever the theme, so phone cameras read it.
 */
export function QrCode({
  text,
  label,
  size = 280,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const drawing = useMemo(() => {
    try {
      const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
      const n = modules.size;
      let path = '';
      for (let y = 0; y < n; y += 1)
        for (let x = 0; x < n; x += 1) if (modules.get(y, x)) path += `M${x + 4} ${y + 4}h1v1h-1z`;
      return { n: n + 8, path };
    } catch {
      return null;
    }
  }, [text]);
  if (!drawing) return <p className="notice notice-warn">⚠ This text is too long for a QR code.</p>;
  return (
    <svg
      className="ws-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${drawing.n} ${drawing.n}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={drawing.n} height={drawing.n} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
