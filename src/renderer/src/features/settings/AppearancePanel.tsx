import { useEffect, useId, useRef } from 'react';
import { DEFAULT_VIEW_SETTINGS, READER_LIMITS, type ReaderSettings, type ThemeChoice } from '../../../../shared/settings';
import { updateViewSettings, useViewState } from './view-settings-store';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'As the system', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FONT_LABELS: Record<ReaderSettings['font'], string> = { serif: 'Serif (Literata)', sans: 'Sans (system)' };

/**
 * The theme and the reader's type, changed live: the panel stays beside the
 * article (it is not modal) so each change is seen as it is made. Escape
 * closes it and puts focus back on the button that opened it.
 */
export function AppearancePanel({ onClose }: { onClose: () => void }) {
  const { settings } = useViewState();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('input:checked, input')?.focus();
    return () => before?.focus();
  }, []);
  const reader = (patch: Partial<ReaderSettings>) => updateViewSettings({ reader: patch });

  return (
    <div
      ref={ref}
      className="appearance-panel"
      role="dialog"
      aria-label="Appearance"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <Choices legend="Theme" name="theme" value={settings.theme} labels={THEME_LABELS} onChange={(theme) => updateViewSettings({ theme })} />
      <Choices legend="Reading face" name="font" value={settings.reader.font} labels={FONT_LABELS} onChange={(font) => reader({ font })} />
      <Slider label="Text size" value={settings.reader.textSize} limits={READER_LIMITS.textSize} step={1} unit={(v) => `${v} px`} onChange={(textSize) => reader({ textSize })} />
      <Slider label="Line width" value={settings.reader.lineWidth} limits={READER_LIMITS.lineWidth} step={1} unit={(v) => `${v} characters`} onChange={(lineWidth) => reader({ lineWidth })} />
      <Slider label="Line spacing" value={settings.reader.lineSpacing} limits={READER_LIMITS.lineSpacing} step={0.1} unit={(v) => v.toFixed(1)} onChange={(lineSpacing) => reader({ lineSpacing })} />
      <div className="appearance-actions">
        <button type="button" className="button-quiet small" onClick={() => updateViewSettings({ theme: DEFAULT_VIEW_SETTINGS.theme, reader: DEFAULT_VIEW_SETTINGS.reader })}>
          Reset
        </button>
        <button type="button" className="button-primary small" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}

function Choices<T extends string>({ legend, name, value, labels, onChange }: { legend: string; name: string; value: T; labels: Record<T, string>; onChange: (value: T) => void }) {
  return (
    <fieldset className="appearance-choices">
      <legend>{legend}</legend>
      {(Object.keys(labels) as T[]).map((key) => (
        <label key={key}>
          <input type="radio" name={`appearance-${name}`} value={key} checked={value === key} onChange={() => onChange(key)} />
          {labels[key]}
        </label>
      ))}
    </fieldset>
  );
}

function Slider(props: { label: string; value: number; limits: { min: number; max: number }; step: number; unit: (value: number) => string; onChange: (value: number) => void }) {
  const { label, value, limits, step, unit, onChange } = props;
  const id = useId();
  // The output sits beside the label, not in it: a label holding an <output> would name the output instead of the slider.
  return (
    <div className="appearance-slider">
      <span>
        <label htmlFor={id}>{label}</label> <output htmlFor={id}>{unit(value)}</output>
      </span>
      <input id={id} type="range" min={limits.min} max={limits.max} step={step} value={value} aria-valuetext={unit(value)} onChange={(event) => onChange(Number(event.target.value))} />
    </div>
  );
}
