export function App() {
  return <main data-testid="app">Eventscape</main>;
}
