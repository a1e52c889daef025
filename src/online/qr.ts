import { encode } from 'uqr';

/** The modules of a QR code of `text`, row by row (true is dark), with a quiet border of two. */
export const qrModules = (text: string): boolean[][] => encode(text, { border: 2 }).data;
