/** `data/port-case.json?display`: the projection the elements bundle (scripts/display-data.mjs). */
declare module '*.json?display' {
  const value: unknown;
  export default value;
}
