// The TypeScript type a JSON schema validates, so a route's body type is read from the one schema
// Fastify checks it against (declared `as const`), never written a second time by hand. Covers the
// subset the routes use: objects with properties and required, strings (with enum), numbers,
// integers, booleans, arrays, and `type` lists such as ['string', 'null'].

type Simple<T> = T extends 'string' ? string : T extends 'number' | 'integer' ? number : T extends 'boolean' ? boolean : T extends 'null' ? null : unknown;

type Prettify<T> = { [K in keyof T]: T[K] } & {};

type ObjectOf<S> = S extends { properties: infer P }
  ? Prettify<
      { -readonly [K in keyof P as K extends RequiredOf<S> ? K : never]: FromSchema<P[K]> } & {
        -readonly [K in keyof P as K extends RequiredOf<S> ? never : K]?: FromSchema<P[K]>;
      }
    >
  : Record<string, unknown>;

type RequiredOf<S> = S extends { required: readonly (infer R)[] } ? R : never;

/** The value type a JSON schema (declared `as const`) accepts. */
export type FromSchema<S> = S extends { enum: readonly (infer E)[] }
  ? E
  : S extends { type: 'object' }
    ? ObjectOf<S>
    : S extends { type: 'array'; items: infer I }
      ? FromSchema<I>[]
      : S extends { type: readonly (infer T)[] }
        ? Simple<T>
        : S extends { type: infer T }
          ? Simple<T>
          : unknown;
