import type { SchemaRule } from './rule.js';

/**
 * Object properties, by name: removed (`required-property-removed`, `optional-property-removed`), added
 * (`required-property-added`, `optional-property-added`, `property-added-to-closed-object`), and
 * `property-became-optional` / `property-became-required`. Properties on both sides are compared below.
 */
export const propertiesRule: SchemaRule = ({ base, head, report, nested, compare }) => {
  const names = new Set([...base.properties.keys(), ...base.required, ...head.properties.keys(), ...head.required]);
  for (const name of names) {
    const inBase = base.properties.has(name) || base.required.has(name);
    const inHead = head.properties.has(name) || head.required.has(name);
    const wasRequired = base.required.has(name);
    const isRequired = head.required.has(name);
    const b = base.properties.get(name);
    const h = head.properties.get(name);
    const at = { segments: [name], headPointer: h?.pointer ?? `${head.pointer}/properties`, basePointer: b?.pointer ?? base.pointer };
    if (inBase && !inHead) {
      report(
        wasRequired ? 'required-property-removed' : 'optional-property-removed',
        `${wasRequired ? 'required' : 'optional'} property "${name}" removed`,
        at,
      );
    } else if (!inBase && inHead) {
      const id =
        base.additional === 'closed'
          ? 'property-added-to-closed-object'
          : isRequired
            ? 'required-property-added'
            : 'optional-property-added';
      const where = base.additional === 'closed' ? ' to an object that allowed no other keys' : '';
      report(id, `${isRequired ? 'required' : 'optional'} property "${name}" added${where}`, { ...at, basePointer: undefined });
    } else {
      if (wasRequired && !isRequired) report('property-became-optional', `property "${name}" is no longer required`, at);
      if (!wasRequired && isRequired) report('property-became-required', `property "${name}" is now required`, at);
      if (b && h) nested([name], compare(b, h));
      else if (b) report('type-widened', `property "${name}" lost its schema: any value is allowed`, at);
      else if (h) report('type-narrowed', `property "${name}" got a schema`, at);
    }
  }
};
