// The lessons as the canvas sees them: the canvas glows the nodes of the open step, but must not
// load every lesson for that, so the lesson runner (loaded when a lesson is first opened or listed)
// hands its lookup in here. Until then no lesson can be open, and there is none to find.
import type { Lesson } from '../../src/lessons';

let find: (id: string) => Lesson | undefined = () => undefined;

/** The lesson with this id, once the lessons are loaded. */
export function lessonById(id: string): Lesson | undefined {
  return find(id);
}

/** Called by the lesson runner as it loads. */
export function provideLessons(lookup: (id: string) => Lesson | undefined): void {
  find = lookup;
}
