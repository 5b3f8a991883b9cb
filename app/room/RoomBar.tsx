// A student's room bar, above the canvas: which room, whether it follows the teacher or runs a
import './room.css';
// private branch, the connection (and plainly when the relay cannot be reached), the buttons to
// branch, follow again or leave, and the teacher's question with its answers.
import { GitBranch, LogOut, Radio, ShieldAlert, Undo2 } from 'lucide-react';
import { answerQuestion, backToBranch, branch, followAgain, leaveRoom } from './roomMode';
import { useRoom } from './roomStore';

const STATUS_WORDS = {
  connecting: 'connecting to the relay…',
  connected: 'connected',
  disconnected: 'relay lost, reconnecting… your screen keeps what it has',
  unreachable: 'the relay cannot be reached: this is the document from the link, read-only',
} as const;

export function RoomBar() {
  const role = useRoom((r) => r.role);
  const code = useRoom((r) => r.code);
  const mode = useRoom((r) => r.mode);
  const status = useRoom((r) => r.status);
  const question = useRoom((r) => r.question);
  const myAnswer = useRoom((r) => r.myAnswer);
  const teacherHere = useRoom((r) => r.teacherHere);
  const hasBranch = useRoom((r) => r.hasBranch);
  const refusals = useRoom((r) => r.refusals);
  if (role !== 'student' || !code) return null;
  return (
    <div className={`es-roombar es-roombar--${status}`} role="status" data-testid="room-bar" data-mode={mode} data-status={status}>
      <Radio size={15} aria-hidden="true" />
      <span>
        Room <strong>{code}</strong> · {mode === 'following' ? 'following the teacher' : 'your own branch'} · <span data-testid="room-bar-status">{STATUS_WORDS[status]}</span>
        {status === 'connected' && !teacherHere && <span data-testid="room-no-teacher"> · the teacher is not in the room; your screen keeps what it shows</span>}
      </span>
      {mode === 'following' ? (
        <button type="button" className="es-button" data-testid="room-branch" title="Take a private copy at this moment, to run and change" onClick={branch}>
          <GitBranch size={14} aria-hidden="true" /> Branch
        </button>
      ) : (
        <button type="button" className="es-button es-button--primary" data-testid="room-follow" title="Let the branch go and follow the teacher again" onClick={followAgain}>
          <Undo2 size={14} aria-hidden="true" /> Follow again
        </button>
      )}
      {mode === 'following' && hasBranch && (
        <button type="button" className="es-button" data-testid="room-my-branch" title="Back to the branch you saved in this browser" onClick={backToBranch}>
          <GitBranch size={14} aria-hidden="true" /> My branch
        </button>
      )}
      <button type="button" className="es-button" data-testid="room-leave" title="Back to your own work in this browser" onClick={leaveRoom}>
        <LogOut size={14} aria-hidden="true" /> Leave
      </button>
      {refusals.length > 0 && (
        <span className="es-roombar__refused" data-testid="room-refused" title={refusals.join('\n')}>
          <ShieldAlert size={14} aria-hidden="true" /> Refused {refusals.length === 1 ? 'a command' : `${refusals.length} commands`} not from the teacher: {refusals[refusals.length - 1]}
        </span>
      )}
      {question && (
        <div className="es-roombar__question" data-testid="room-question">
          <span>{question.text}</span>
          {question.answers.map((answer, i) => (
            <button key={i} type="button" className={`es-button${myAnswer === i ? ' es-button--primary' : ''}`} aria-pressed={myAnswer === i} data-testid={`room-answer-${i}`} onClick={() => answerQuestion(i)}>
              {answer}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
