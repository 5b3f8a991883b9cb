// The keyboard shortcuts, as the shortcut list shows them. `useShortcuts` implements them.

export interface Shortcut {
  keys: string[];
  action: string;
}

/** "Ctrl" or "⌘", whichever this machine uses for commands. */
export function commandKey(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
}

/** Every shortcut of the editor, grouped for the list. */
export function shortcutGroups(): { title: string; shortcuts: Shortcut[] }[] {
  const mod = commandKey();
  return [
    {
      title: 'Edit',
      shortcuts: [
        { keys: [mod, 'Z'], action: 'Undo' },
        { keys: [mod, 'Shift', 'Z'], action: 'Redo' },
        { keys: ['Ctrl', 'Y'], action: 'Redo' },
        { keys: ['Delete'], action: 'Delete the selection (or Backspace)' },
        { keys: [mod, 'C'], action: 'Copy the selected nodes' },
        { keys: [mod, 'V'], action: 'Paste nodes, or open a pasted document' },
        { keys: [mod, 'D'], action: 'Duplicate the selected nodes' },
        { keys: [mod, 'A'], action: 'Select everything' },
        { keys: ['Esc'], action: 'Clear the selection' },
      ],
    },
    {
      title: 'Nodes',
      shortcuts: [
        { keys: ['←', '↑', '→', '↓'], action: 'Move the selected nodes (with Shift: 10 × further)' },
        { keys: ['C'], action: 'Connect the selected node to another, from a list' },
        { keys: ['F2'], action: 'Rename the selected node (or double-click it)' },
        { keys: ['Tab'], action: 'Go from node to node; Enter selects the focused node' },
      ],
    },
    {
      title: 'View and file',
      shortcuts: [
        { keys: ['Space'], action: 'Play or pause the simulation' },
        { keys: ['L'], action: 'Lay out left to right' },
        { keys: ['F'], action: 'Fit the document into view' },
        { keys: [mod, 'O'], action: 'Open a document file' },
        { keys: [mod, 'S'], action: 'Download the document as a file' },
        { keys: ['?'], action: 'Show this list' },
      ],
    },
    {
      title: 'Lessons and presenting',
      shortcuts: [
        { keys: ['P'], action: 'Presenter mode: large type, high contrast (Esc leaves)' },
        { keys: ['→'], action: 'In presenter mode: run the lesson step, then go to the next' },
        { keys: ['←'], action: 'In presenter mode: the previous lesson step' },
      ],
    },
  ];
}
