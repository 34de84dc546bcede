/** The build loads each .graphql file beside a component as its text (scripts/build-web.ts). */
declare module '*.graphql' {
  const document: string;
  export default document;
}
