// The built-in lessons, in course order.
import { atLeastOnce } from './atLeastOnce';
import { eventualConsistency } from './eventualConsistency';
import { kafkaBasics } from './kafkaBasics';
import { ordering } from './ordering';
import { replay } from './replay';
import type { Lesson } from './types';

export type { Lesson, LessonAction, LessonCheck, LessonStep } from './types';

/** Every built-in lesson, in the order a workshop takes them. */
export const LESSONS: readonly Lesson[] = [eventualConsistency, ordering, replay, atLeastOnce, kafkaBasics];
