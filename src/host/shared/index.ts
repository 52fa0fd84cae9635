/**
 * The host middle: everything pure that more than one host (Excel, WPS, .xlsx files) uses. Host
 * folders import from here and from ../port, never from each other (ESLint refuses it).
 */
export * from './address-chunks';
export * from './bookkeeping-grid';
export * from './cell-input';
export * from './compile-plan';
export * from './host-error';
export * from './mark-states';
export * from './messages';
export * from './ops';
export * from './plan-check';
export * from './sheet-ref';
export * from './style-plan';
export * from './units';
