// A duration distribution: its shape, then the numbers that shape takes (mean; p99 for lognormal;
// min and max for uniform). `restore` derives what is left out, and the field shows its result.
import type { DistKind, Distribution } from '../../../src/model/types';
import { DIST_KINDS } from '../../../src/model/types';
import { withValueAt } from './fieldSpecs';
import { ChoiceField } from './ChoiceField';
import { NumberField } from './NumberField';
import { useConfigField, type Owner } from './useConfigField';

interface Props {
  id: string;
  label: string;
  owner: Owner;
  fieldKey: string;
  disabled?: boolean;
}

function isDistribution(value: unknown): value is Distribution {
  return typeof value === 'object' && value !== null && 'dist' in value && 'mean' in value;
}

export function DistributionField({ id, label, owner, fieldKey, disabled }: Props) {
  const whole = useConfigField(owner, fieldKey);
  const dist = useConfigField(owner, `${fieldKey}.dist`);
  const mean = useConfigField(owner, `${fieldKey}.mean`);
  const p99 = useConfigField(owner, `${fieldKey}.p99`);
  const min = useConfigField(owner, `${fieldKey}.min`);
  const max = useConfigField(owner, `${fieldKey}.max`);
  const current = isDistribution(whole.value) ? whole.value : null;
  if (!current) return null;

  // Each part is written with only the parts its shape needs; restore fills in the rest.
  const writeWith = (field: typeof mean, parts: (value: number | null) => Partial<Distribution>) => (value: number | null) =>
    field.applyConfig((config) => withValueAt(config, fieldKey, { dist: current.dist, ...parts(value) }));

  const changeShape = (next: string) =>
    dist.applyConfig((config) => withValueAt(config, fieldKey, { dist: next as DistKind, mean: current.mean }));

  return (
    <fieldset className="es-fieldset" data-testid={`field-${id}`}>
      <legend className="es-fieldset__legend">{label}</legend>
      <ChoiceField id={`${id}-dist`} label="Shape" field={dist} options={DIST_KINDS} disabled={disabled} write={changeShape} />
      {current.dist === 'uniform' ? (
        <>
          <NumberField
            id={`${id}-min`}
            label="Min"
            unit="ms"
            field={min}
            disabled={disabled}
            write={writeWith(min, (value) => ({ min: value ?? undefined, max: current.max }))}
          />
          <NumberField
            id={`${id}-max`}
            label="Max"
            unit="ms"
            field={max}
            disabled={disabled}
            write={writeWith(max, (value) => ({ min: current.min, max: value ?? undefined }))}
          />
        </>
      ) : (
        <NumberField
          id={`${id}-mean`}
          label="Mean"
          unit="ms"
          field={mean}
          disabled={disabled}
          write={writeWith(mean, (value) => ({ mean: value ?? undefined, p99: current.p99 }))}
        />
      )}
      {current.dist === 'lognormal' && (
        <NumberField
          id={`${id}-p99`}
          label="p99"
          unit="ms"
          field={p99}
          hint="99 in 100 take at most this long"
          disabled={disabled}
          write={writeWith(p99, (value) => ({ mean: current.mean, p99: value ?? undefined }))}
        />
      )}
    </fieldset>
  );
}
