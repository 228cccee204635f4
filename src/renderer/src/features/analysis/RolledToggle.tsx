/** The choice every analysis offers: count each code alone, or with the codes inside it rolled in. */
export function RolledToggle({ rolled, onChange }: { rolled: boolean; onChange: (rolled: boolean) => void }) {
  return (
    <label className="scope-check">
      <input type="checkbox" checked={rolled} onChange={(event) => onChange(event.target.checked)} /> With the codes inside each code
    </label>
  );
}
