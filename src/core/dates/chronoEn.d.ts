// chrono-node publishes its English parser as the subpath `chrono-node/en` through package.json
// "exports", which TypeScript's `node` module resolution does not read. Importing that subpath
// (rather than the package root) keeps the other locales out of the bundle; this declaration
// points the type checker at the same module's types.
declare module 'chrono-node/en' {
  export * from 'chrono-node/dist/esm/locales/en/index';
}
