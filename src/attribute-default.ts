import type { ComplexAttributeConverter } from 'lit';

/**
 * An attribute converter that gives a removed attribute its property's default back: Lit sets a
 * removed attribute's property to null, which a property with a default (`variant`, `layout`,
 * `languages`) would then render as if it were a value.
 */
export const orDefault = <T extends string>(fallback: T): ComplexAttributeConverter<T> => ({
  fromAttribute: (value) => (value ?? fallback) as T,
});
