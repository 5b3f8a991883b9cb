// After an AsyncAPI import: what the spec became, and every part of it that was not mapped or
// that the import had to decide, in one list.
import { useAsyncApiReport } from '../interop/asyncApiReport';
import { Modal } from './Modal';
import '../interop/asyncapi.css';

export function AsyncApiReportDialog({ onClose }: { onClose: () => void }) {
  const report = useAsyncApiReport((state) => state.report);
  if (!report) return null;
  return (
    <Modal title={`Imported ${report.source}`} onClose={onClose} testId="asyncapi-report" wide>
      <p data-testid="asyncapi-summary">{report.summary} Undo brings your previous document back.</p>
      {report.notes.length > 0 && (
        <>
          <h3 className="es-dialog__subtitle">Not mapped, or decided by the import ({report.notes.length})</h3>
          <ul className="es-report-list" data-testid="asyncapi-notes">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <h3 className="es-dialog__subtitle">Warnings ({report.warnings.length})</h3>
          <ul className="es-report-list" data-testid="asyncapi-warnings">
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      <div className="es-dialog__actions">
        <button type="button" className="es-button es-button--primary" data-testid="asyncapi-report-close" data-autofocus onClick={onClose}>
          OK
        </button>
      </div>
    </Modal>
  );
}
