/** The Chinese font subset's address, served by the build (scripts/cjk-font.ts). */
declare module 'virtual:precursor-cjk-font' {
  const address: string;
  export default address;
}

/** A font file's address in the build (a data URL in the single-file build): ui/pageFonts.ts. */
declare module '*.woff2?url' {
  const address: string;
  export default address;
}

/** The subset with the languages' names' characters only (scripts/cjk-font.ts). */
declare module 'virtual:precursor-cjk-names' {
  const address: string;
  export default address;
}
