/** The Chinese font subset's address, served by the build (scripts/cjk-font.ts). */
declare module 'virtual:precursor-cjk-font' {
  const address: string;
  export default address;
}
