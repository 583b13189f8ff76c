// The screen while the graph arrives: a progress bar whose accessible name stays "Loading the
// graph" and whose value and text say which step it is at (src/app/loadingProgress.ts).
export interface LoadingSplashProps {
  /** 0–1; null for a bar without a value (a download of unknown length). */
  value: number | null;
  text: string;
}

export function LoadingSplash({ value, text }: LoadingSplashProps) {
  return (
    <main className="splash" aria-busy="true">
      <h1>Loading the graph…</h1>
      <progress
        max={1}
        value={value ?? undefined}
        aria-label="Loading the graph"
        aria-valuetext={text}
      />
      <p className="splash-step">{text}</p>
    </main>
  );
}
