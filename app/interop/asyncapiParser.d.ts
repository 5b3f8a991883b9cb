// The browser bundle of the official AsyncAPI parser (a UMD file with no types of its own).
declare module '@asyncapi/parser/browser/index.js' {
  const Parser: new (options?: { ruleset?: { core?: boolean; recommended?: boolean } }) => import('../../src/interop/asyncapi/parseSpec').SpecParser;
  export default Parser;
}
