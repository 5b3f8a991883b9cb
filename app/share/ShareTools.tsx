// The toolbar's sharing group: copy a link to the document, export it.
import { ExportMenu } from '../export/ExportMenu';
import { CopyLinkButton } from './CopyLinkButton';

export function ShareTools() {
  return (
    <div className="es-toolbar__group" role="group" aria-label="Share">
      <CopyLinkButton />
      <ExportMenu />
    </div>
  );
}
