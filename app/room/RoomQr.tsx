// A QR code of the room's link for the projector, drawn by `uqr` (loaded only when a room starts).
import { useEffect, useState } from 'react';

/** Longest link put in the code as it is; a longer one (a large document) is put without its document. */
const QR_MAX_LENGTH = 1800;

export function RoomQr({ link }: { link: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const text = link.length <= QR_MAX_LENGTH ? link : link.slice(0, link.indexOf('#'));
    void import('uqr').then(({ renderSVG }) => {
      if (live) setSvg(renderSVG(text, { ecc: 'L', border: 2 }));
    });
    return () => {
      live = false;
    };
  }, [link]);
  if (!svg) return <div className="es-room__qr" aria-hidden="true" />;
  return <div className="es-room__qr" role="img" aria-label="QR code of the room link" data-testid="room-qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}
