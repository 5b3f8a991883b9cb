// The built-in lessons, in course order.
import { atLeastOnce } from './atLeastOnce';
import { brokerFailover } from './brokerFailover';
import { choreographyOrchestration } from './choreographyOrchestration';
import { dualWrite } from './dualWrite';
import { eventStorms } from './eventStorms';
import { eventualConsistency } from './eventualConsistency';
import { factsNotCommands } from './factsNotCommands';
import { oneSlowDependency } from './oneSlowDependency';
import { ordering } from './ordering';
import { partitionsAndGroups } from './partitionsAndGroups';
import { publishTheFact } from './publishTheFact';
import { rebalanceProtocols } from './rebalanceProtocols';
import { replay } from './replay';
import { schemaChange } from './schemaChange';
import { lateEvents } from './lateEvents';
import { streamTableJoin } from './streamTableJoin';
import type { Lesson } from './types';
import { uncleanElection } from './uncleanElection';

export type { Lesson, LessonAction, LessonCheck, LessonStep } from './types';

/** Every built-in lesson, in the order a workshop takes them. */
export const LESSONS: readonly Lesson[] = [
  oneSlowDependency,
  publishTheFact,
  factsNotCommands,
  eventualConsistency,
  ordering,
  replay,
  choreographyOrchestration,
  eventStorms,
  atLeastOnce,
  partitionsAndGroups,
  brokerFailover,
  uncleanElection,
  rebalanceProtocols,
  dualWrite,
  schemaChange,
  lateEvents,
  streamTableJoin,
];
