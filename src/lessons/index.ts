// The built-in lessons, in course order.
import { atLeastOnce } from './atLeastOnce';
import { choreographyOrchestration } from './choreographyOrchestration';
import { eventStorms } from './eventStorms';
import { eventualConsistency } from './eventualConsistency';
import { factsNotCommands } from './factsNotCommands';
import { oneSlowDependency } from './oneSlowDependency';
import { ordering } from './ordering';
import { partitionsAndGroups } from './partitionsAndGroups';
import { publishTheFact } from './publishTheFact';
import { replay } from './replay';
import { lateEvents } from './lateEvents';
import { streamTableJoin } from './streamTableJoin';
import type { Lesson } from './types';

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
  lateEvents,
  streamTableJoin,
];
