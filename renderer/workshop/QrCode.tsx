import { create } from 'qrcode';
import { useMemo } from 'react';
import { useT } from '../i18n';

/**
 * The join link as a QR code, drawn as SVG squares from the code's modules (no HTML string is injected). Large and
 * with a quiet zone, so a phone at the back of the room reads it off the projector.
 */
export function QrCode({ text, size = 240 }: { text: string; size?: number }) {
  const t = useT('workshop');
  const cells = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const dark: [number, number][] = [];
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) dark.push([x, y]);
    return { size: modules.size, dark };
  }, [text]);
  const quiet = 4;
  const span = cells.size + quiet * 2;
  return (
    <svg
      className="qr"
      width={size}
      height={size}
      viewBox={`0 0 ${span} ${span}`}
      role="img"
      aria-label={t('qr.label')}
      shapeRendering="crispEdges"
    >
      <rect width={span} height={span} fill="#fff" />
      <path d={cells.dark.map(([x, y]) => `M${x + quiet} ${y + quiet}h1v1h-1z`).join('')} fill="#000" />
    </svg>
  );
}
