// The teacher's room panel: the code in large type, the link and its QR code for the projector,
import './room.css';
// how many students follow and how many branched, the connection, refused commands, and a
// question to ask with its answers counted live.
import { ChevronDown, ChevronUp, Radio, X } from 'lucide-react';
import { useState } from 'react';
import { askQuestion, endRoom } from './roomMode';
import { RoomQr } from './RoomQr';
import { useRoom } from './roomStore';

const STATUS_WORDS = { connecting: 'Connecting to the relay…', connected: 'Connected', disconnected: 'Relay lost, reconnecting…', unreachable: 'Relay not reachable' } as const;

function QuestionForm() {
  const [text, setText] = useState('');
  const [answers, setAnswers] = useState(['', '', '', '']);
  const given = answers.map((a) => a.trim()).filter((a) => a.length > 0);
  const canAsk = text.trim().length > 0 && given.length >= 2;
  return (
    <form
      className="es-room__question-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (canAsk) askQuestion({ id: `q${Date.now().toString(36)}`, text: text.trim(), answers: given });
      }}
    >
      <input className="es-input" placeholder="Ask the room a question" value={text} maxLength={200} data-testid="room-question-text" onChange={(e) => setText(e.target.value)} />
      {answers.map((answer, i) => (
        <input
          key={i}
          className="es-input"
          placeholder={i < 2 ? `Answer ${i + 1}` : `Answer ${i + 1} (optional)`}
          value={answer}
          maxLength={80}
          data-testid={`room-answer-text-${i}`}
          onChange={(e) => setAnswers(answers.map((a, j) => (j === i ? e.target.value : a)))}
        />
      ))}
      <button type="submit" className="es-button" disabled={!canAsk} data-testid="room-ask">
        Ask
      </button>
    </form>
  );
}

function QuestionResults() {
  const question = useRoom((r) => r.question);
  const answers = useRoom((r) => r.answers);
  if (!question) return <QuestionForm />;
  const total = answers.reduce((a, b) => a + b, 0);
  return (
    <div className="es-room__results" data-testid="room-results">
      <p className="es-room__question-text">{question.text}</p>
      {question.answers.map((answer, i) => (
        <div key={i} className="es-room__result">
          <span>{answer}</span>
          <span className="es-room__bar" style={{ width: `${total > 0 ? (100 * (answers[i] ?? 0)) / total : 0}%` }} />
          <strong data-testid={`room-count-${i}`}>{answers[i] ?? 0}</strong>
        </div>
      ))}
      <button type="button" className="es-button" data-testid="room-close-question" onClick={() => askQuestion(null)}>
        Close the question
      </button>
    </div>
  );
}

export function RoomPanel() {
  const role = useRoom((r) => r.role);
  const code = useRoom((r) => r.code);
  const link = useRoom((r) => r.link);
  const status = useRoom((r) => r.status);
  const following = useRoom((r) => r.following);
  const branched = useRoom((r) => r.branched);
  const refusals = useRoom((r) => r.refusals);
  // Folded, the panel keeps only the code and the counts, and leaves the canvas its room.
  const [folded, setFolded] = useState(false);
  if (role !== 'teacher' || !code || !link) return null;
  return (
    <aside className="es-room" aria-label="Workshop room" data-testid="room-panel">
      <header className="es-room__head">
        <Radio size={16} aria-hidden="true" />
        <span>Room</span>
        <strong className="es-room__code" data-testid="room-code">
          {code}
        </strong>
        <button type="button" className="es-icon-button" aria-label={folded ? 'Show the QR code and link' : 'Fold the room panel'} aria-expanded={!folded} data-testid="room-fold" onClick={() => setFolded(!folded)}>
          {folded ? <ChevronUp size={16} /> : <ChevronDown size={16} />}
        </button>
        <button type="button" className="es-button" data-testid="room-end" title="End the room: students keep what they have on screen" onClick={endRoom}>
          <X size={14} aria-hidden="true" /> End room
        </button>
      </header>
      {!folded && <RoomQr link={link} />}
      {!folded && <input className="es-room__link" readOnly value={link} aria-label="Room link" data-testid="room-link" onFocus={(e) => e.currentTarget.select()} />}
      <p className={`es-room__status es-room__status--${status}`} data-testid="room-status" data-status={status}>
        {STATUS_WORDS[status]}
      </p>
      <p className="es-room__counts">
        <span data-testid="room-following" data-count={following}>
          {following} following
        </span>
        <span data-testid="room-branched" data-count={branched}>
          {branched} branched
        </span>
      </p>
      {refusals.length > 0 && (
        <ul className="es-room__refusals" data-testid="room-refusals" role="alert">
          {refusals.slice(-4).map((refusal, i) => (
            <li key={i}>Refused {refusal}</li>
          ))}
        </ul>
      )}
      {!folded && <QuestionResults />}
    </aside>
  );
}
