// One colour per entity type, shared by the highlights (CSS classes t-TYPE in explorer.css) and the graph (canvas).
export const TYPE_COLOURS = {
  PER: '#2563eb',
  ORG: '#c2410c',
  LOC: '#047857',
  MISC: '#7c3aed',
  DATE: '#be185d',
  MONEY: '#0e7490',
  PERCENT: '#4d7c0f',
  EMAIL: '#a16207',
  PHONE: '#9f1239',
  URL: '#1d4ed8',
  OTHER: '#4b5563',
};

/** The colour key of a type: itself when it has a colour, else OTHER. */
export function typeKey(type) {
  return Object.prototype.hasOwnProperty.call(TYPE_COLOURS, type) ? type : 'OTHER';
}

/** The colour of a type. */
export function typeColour(type) {
  return TYPE_COLOURS[typeKey(type)];
}
