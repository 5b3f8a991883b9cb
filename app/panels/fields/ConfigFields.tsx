// The config fields of a node or an edge, grouped as fieldSpecs.ts lists them.
import { ChoiceField } from './ChoiceField';
import { DistributionField } from './DistributionField';
import type { FieldGroup, FieldSpec } from './fieldSpecs';
import { NumberField } from './NumberField';
import { PipelineField } from './LazyPipelineField';
import { useReads } from './useReads';
import { TextField } from './TextField';
import { ToggleField } from './ToggleField';
import { PresenceField } from './PresenceField';
import { VersionsField } from './VersionsField';
import { useConfigField, type Owner } from './useConfigField';

interface FieldProps {
  owner: Owner;
  spec: FieldSpec;
  disabled: boolean;
  placeholder?: string;
}

function SpecField({ owner, spec, disabled, placeholder }: FieldProps) {
  const field = useConfigField(owner, spec.key);
  const id = `${owner.type}-${spec.key.replace(/\./g, '-')}`;
  const common = { id, label: spec.label, hint: spec.hint, field, disabled };
  switch (spec.type) {
    case 'number':
      return <NumberField {...common} unit={spec.unit} percent={spec.percent} none={spec.none} step={spec.step} />;
    case 'choice':
      return <ChoiceField {...common} options={spec.options} />;
    case 'toggle':
      return <ToggleField {...common} />;
    case 'text':
      return <TextField {...common} placeholder={placeholder} />;
    case 'list':
      return <TextField {...common} list />;
    case 'distribution':
      return <DistributionField id={id} label={spec.label} owner={owner} fieldKey={spec.key} disabled={disabled} />;
    case 'presence':
      return <PresenceField {...common} fill={spec.fill} />;
    case 'versions':
      return <VersionsField {...common} />;
    case 'pipeline':
      return <OperatorsField id={id} owner={owner} field={field} disabled={disabled} />;
  }
}

function OperatorsField({ id, owner, field, disabled }: { id: string; owner: Owner; field: ReturnType<typeof useConfigField>; disabled: boolean }) {
  const reads = useReads(owner.id);
  return <PipelineField id={id} field={field} disabled={disabled} reads={reads} />;
}

interface Props {
  owner: Owner;
  groups: readonly FieldGroup[];
  config: unknown;
  disabled: boolean;
  /** Placeholders for text fields whose empty value means a derived default. */
  placeholders?: Readonly<Record<string, string>>;
}

export function ConfigFields({ owner, groups, config, disabled, placeholders = {} }: Props) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.title} className="es-inspector__group" aria-label={group.title}>
          <h3 className="es-inspector__group-title">{group.title}</h3>
          {group.fields
            .filter((spec) => !spec.when || spec.when(config))
            .map((spec) => (
              <SpecField
                key={`${owner.id}:${spec.key}`}
                owner={owner}
                spec={spec}
                disabled={disabled}
                placeholder={placeholders[spec.key]}
              />
            ))}
        </section>
      ))}
    </>
  );
}
