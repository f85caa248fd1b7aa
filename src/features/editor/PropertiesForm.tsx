import { useMemo, useState, type ReactNode } from 'react';
import { sameJson } from '../../core/changeset/buildChangeset.ts';
import type { EditedFeature } from '../../core/editor/editState.ts';
import { checkProperties, formFields, quoteFound, type CheckResult, type FieldError, type FormField } from '../../core/editor/propertyForm.ts';
import type { FeatureProperties, StatusEntryData } from '../../core/featureSchema.ts';
import { ACCURACY_WORDS } from '../../core/vocabulary.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import type { Plan } from '../../core/plan/types.ts';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { editor as EDITOR_ZH } from '../../i18n/zh/editor.ts';
import { newFeatureLayers } from '../../core/editor/newFeatureLayer.ts';
import { insideDistrictOf, planChoices, planLookupOf } from './editorData.ts';
import { StatusHistoryField } from './StatusHistoryField.tsx';

type Values = Record<string, unknown>;

export interface PropertiesFormProps {
  plan: Plan;
  store: FeatureStore;
  feature: EditedFeature;
  /** The published feature (undefined for a new one, whose layer is chosen here): its id and layer are kept. */
  base: EditedFeature | undefined;
  /** What the form held last time, unsaved (invalid). */
  draft: Values | undefined;
  onSave(properties: FeatureProperties): void;
  onDraft(values: Values | undefined): void;
}

const SUBFIELDS: Record<string, string[]> = { declaredSource: ['ref', 'quote'] };

/** The selected feature's properties, field by field as the contract has them, with the errors at each field. */
export function PropertiesForm({ plan, store, feature, base, draft, onSave, onDraft }: PropertiesFormProps) {
  const w = useWords('editor', EDITOR_ZH);
  const { lang, m, name } = useI18n();
  // The allowed values in words (the stored codes stay the values).
  const optionLabel = (key: string, o: string): string =>
    key === 'accuracy' && o in ACCURACY_WORDS
      ? name(ACCURACY_WORDS[o as keyof typeof ACCURACY_WORDS])
      : key === 'period' && o in m.legend.periods
        ? m.legend.periods[o as keyof typeof m.legend.periods]
        : o;
  const fields = useMemo(formFields, []);
  const lookup = useMemo(() => planLookupOf(plan), [plan]);
  const inside = useMemo(() => insideDistrictOf(store), [store]);
  const choices = useMemo(() => planChoices(plan), [plan]);
  const layers = useMemo(() => newFeatureLayers(store.layers), [store]);
  const newLayers = useMemo(() => layers.map((l) => l.id), [layers]);
  const check = (v: Values): CheckResult => checkProperties(v, { plan: lookup, base, geometry: feature.geometry, insideDistrict: inside, sameGeometry: sameJson, newLayers });
  const [values, setValues] = useState<Values>(() => draft ?? (feature.properties as Values));
  const [result, setResult] = useState<CheckResult | null>(() => (draft ? check(draft) : null));
  const [saved, setSaved] = useState(false);
  const set = (key: string, value: unknown) => {
    const next = { ...values };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0 && key !== 'planRefs')) delete next[key];
    else next[key] = value;
    setValues(next);
    setSaved(false);
    onDraft(next);
  };
  const save = () => {
    const r = check(values);
    setResult(r);
    if (r.ok && r.properties) {
      onSave(r.properties);
      setSaved(true);
    } else onDraft(values);
  };
  const at = (key: string, list: FieldError[] | undefined) => (list ?? []).filter((e) => e.path === key || e.path.startsWith(`${key}.`));
  const problems = (key: string): ReactNode =>
    [...at(key, result?.errors).map((e) => ({ e, kind: 'error' })), ...at(key, result?.warnings).map((e) => ({ e, kind: 'warning' }))].map(({ e, kind }, i) => (
      <span key={i} className={`editor-form__${kind}`} data-testid={`${kind}-${key}`} role={kind === 'error' ? 'alert' : undefined}>
        {e.message[lang]}
      </span>
    ));
  const readOnly = (f: FormField) => base !== undefined && (f.key === 'id' || f.key === 'layer');

  const input = (f: FormField): ReactNode => {
    const v = values[f.key];
    const id = `editor-${f.key}`;
    if (readOnly(f)) return <output id={id} data-testid={`input-${f.key}`}>{v === undefined ? w.none : typeof v === 'object' ? JSON.stringify(v) : String(v)}</output>;
    // A new feature's layer: one of the plan layers, none chosen until the planner (or a citing feature) says.
    if (f.key === 'layer')
      return (
        <select id={id} data-testid="input-layer" aria-required="true" value={typeof v === 'string' ? v : ''} onChange={(e) => set(f.key, e.target.value)}>
          <option value="">{w.chooseLayer}</option>
          {layers.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name[lang]}
            </option>
          ))}
        </select>
      );
    switch (f.kind) {
      case 'enum':
        return (
          <select id={id} data-testid={`input-${f.key}`} value={typeof v === 'string' ? v : ''} onChange={(e) => set(f.key, e.target.value || undefined)}>
            <option value="">{w.none}</option>
            {f.options!.map((o) => (
              <option key={o} value={o}>
                {optionLabel(f.key, o)}
              </option>
            ))}
          </select>
        );
      case 'history': {
        const published = base ? ((base.properties as Values).statusHistory as unknown[] | undefined)?.length ?? 0 : 0;
        return <StatusHistoryField id={id} history={Array.isArray(v) ? (v as StatusEntryData[]) : []} published={published} onChange={(h) => set(f.key, h)} />;
      }
      case 'number':
        return <input id={id} data-testid={`input-${f.key}`} type="number" step="any" value={typeof v === 'number' ? v : ''} onChange={(e) => set(f.key, e.target.value === '' ? undefined : Number(e.target.value))} />;
      case 'bilingual': {
        const b = (v ?? {}) as { zh?: string; en?: string };
        const part = (l: 'zh' | 'en') => (
          <input data-testid={`input-${f.key}-${l}`} aria-label={`${w.fieldNames[f.key]} ${l}`} lang={l === 'zh' ? 'zh-CN' : 'en'} value={b[l] ?? ''} placeholder={l} onChange={(e) => set(f.key, { ...b, [l]: e.target.value })} />
        );
        return (
          <span className="editor-form__pair" id={id}>
            {part('zh')}
            {part('en')}
          </span>
        );
      }
      case 'refs': {
        const refs = Array.isArray(v) ? (v as string[]) : [];
        return (
          <span id={id}>
            {refs.map((r) => (
              <span key={r} className="editor-form__chip">
                {r}{' '}
                <button type="button" aria-label={`${w.remove} ${r}`} onClick={() => set(f.key, refs.filter((x) => x !== r))}>
                  ×
                </button>
              </span>
            ))}
            <input
              data-testid={`input-${f.key}`}
              list="editor-plan-choices"
              placeholder={w.refsPlaceholder}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                const typed = e.currentTarget.value.trim();
                const hit = plan.byId.has(typed) ? typed : choices.find((c) => c.label.includes(typed))?.id;
                if (hit && !refs.includes(hit)) set(f.key, [...refs, hit]);
                e.currentTarget.value = '';
              }}
            />
            <datalist id="editor-plan-choices">
              {choices.map((c) => (
                <option key={c.id} value={c.id} label={c.label} />
              ))}
            </datalist>
          </span>
        );
      }
      case 'quotes': {
        const qs = Array.isArray(v) ? (v as string[]) : [];
        const refs = Array.isArray(values.planRefs) ? (values.planRefs as string[]) : [];
        return (
          <span id={id}>
            {qs.map((q, k) => (
              <span key={k} className="editor-form__quote">
                <textarea data-testid={`input-${f.key}-${k}`} lang="zh-CN" rows={2} value={q} onChange={(e) => set(f.key, qs.map((x, i) => (i === k ? e.target.value : x)))} />
                <span data-testid={`quote-check-${k}`} className={quoteFound(lookup, refs, q) ? 'editor-form__ok' : 'editor-form__error'}>
                  {quoteFound(lookup, refs, q) ? w.quoteFound : w.quoteMissing}
                </span>
                <button type="button" onClick={() => set(f.key, qs.filter((_, i) => i !== k))}>
                  {w.remove}
                </button>
              </span>
            ))}
            <button type="button" data-testid={`add-${f.key}`} onClick={() => set(f.key, [...qs, ''])}>
              {w.add}
            </button>
          </span>
        );
      }
      case 'object': {
        const o = (v ?? {}) as Record<string, string>;
        return (
          <span className="editor-form__pair" id={id}>
            {(SUBFIELDS[f.key] ?? []).map((k) => (
              <input key={k} data-testid={`input-${f.key}-${k}`} placeholder={k} aria-label={`${w.fieldNames[f.key]} ${k}`} value={o[k] ?? ''} onChange={(e) => {
                const next = { ...o, [k]: e.target.value };
                if (!e.target.value) delete next[k];
                set(f.key, Object.keys(next).length ? next : undefined);
              }} />
            ))}
          </span>
        );
      }
      default:
        return f.key === 'geometrySource' ? (
          <textarea id={id} data-testid={`input-${f.key}`} rows={2} value={typeof v === 'string' ? v : ''} onChange={(e) => set(f.key, e.target.value)} />
        ) : (
          <input id={id} data-testid={`input-${f.key}`} value={typeof v === 'string' ? v : ''} onChange={(e) => set(f.key, e.target.value)} />
        );
    }
  };

  return (
    <form
      className="editor-form"
      data-testid="editor-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {problems('geometry')}
      {fields.map((f) => (
        <div key={f.key} className="editor-form__field" data-testid={`field-${f.key}`}>
          <label htmlFor={`editor-${f.key}`}>
            {w.fieldNames[f.key] ?? f.key}
            {f.optional ? w.optional : ''}
          </label>
          {input(f)}
          {problems(f.key)}
        </div>
      ))}
      <div className="editor-form__actions">
        <button type="submit" data-testid="editor-save">
          {w.save}
        </button>
        <span role="status" data-testid="editor-save-result">
          {result && !result.ok ? w.invalid(result.errors.length) : saved ? w.saved : ''}
        </span>
      </div>
    </form>
  );
}
