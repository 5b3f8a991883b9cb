// The top of a node's or an edge's inspector: the kind (with its colour and icon), what it is,
// and one sentence about the kind.
import type { ReactNode } from 'react';

interface Props {
  kindClass: string;
  icon?: ReactNode;
  title: string;
  subtitle: ReactNode;
  subtitleTitle?: string;
  about: string;
}

export function InspectorHeader({ kindClass, icon, title, subtitle, subtitleTitle, about }: Props) {
  return (
    <>
      <header className={`es-inspector__header ${kindClass}`}>
        {icon && (
          <span className="es-inspector__icon" aria-hidden="true">
            {icon}
          </span>
        )}
        <div>
          <div className="es-inspector__kind">{title}</div>
          <div className="es-inspector__id" title={subtitleTitle}>
            {subtitle}
          </div>
        </div>
      </header>
      <p className="es-inspector__about">{about}.</p>
    </>
  );
}
