// The editor's frame: toolbar on top; palette, canvas and inspector side by side; a dock under the
// canvas (metrics, traces) and the messages above it all.
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/toolbar.css';
import './styles/canvas.css';
import './styles/nodes.css';
import './styles/panels.css';
import './styles/dialogs.css';
import './styles/messages.css';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { CompareSplit } from './compare/CompareSplit';
import { Dialogs } from './dialogs/LazyDialogs';
import { useShortcuts } from './keyboard/useShortcuts';
import { StorageBanner } from './messages/StorageBanner';
import { Toasts } from './messages/Toasts';
import { Inspector } from './panels/Inspector';
import { MetricsDock } from './panels/MetricsDock';
import { Palette } from './panels/Palette';
import { useAutosave } from './persistence/useAutosave';
import { EmbedView } from './share/EmbedView';
import { EMBEDDED, enterEmbedMode } from './share/embedMode';
import { LessonPanel } from './teach/LazyLessonPanel';
import { PresenterMode } from './teach/PresenterMode';
import { RoomBar } from './room/RoomBar';
import { enterRoomMode } from './room/roomMode';
import { RoomPanel } from './room/LazyRoomPanel';
import { TeachDialogs } from './teach/LazyTeachDialogs';
import { restoreTheme, useThemeSync } from './theme/useThemeSync';
import { Toolbar } from './toolbar/Toolbar';

restoreTheme();
enterEmbedMode();
enterRoomMode();

export function App() {
  useThemeSync();
  useShortcuts();
  useAutosave();
  if (EMBEDDED) {
    return (
      <ReactFlowProvider>
        <EmbedView />
      </ReactFlowProvider>
    );
  }
  return (
    <ReactFlowProvider>
      <main className="es-app" data-testid="app">
        <Toolbar />
        <StorageBanner />
        <RoomBar />
        <div className="es-workspace">
          <Palette />
          <div className="es-stage">
            <CompareSplit>
              <Canvas />
            </CompareSplit>
            <div className="es-dock" data-testid="dock">
              <MetricsDock />
            </div>
          </div>
          <LessonPanel fallback={<Inspector />} />
        </div>
        <Dialogs />
        <TeachDialogs />
        <PresenterMode />
        <RoomPanel />
        <Toasts />
      </main>
    </ReactFlowProvider>
  );
}
