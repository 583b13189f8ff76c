// Colour and shape per entity type. Shape carries the meaning too, so colour is never the only cue.
import type { Css } from 'cytoscape';
import type { EntityType } from '../../schema/vocabulary';

export type Theme = 'light' | 'dark';

export interface TypeAppearance {
  shape: Css.NodeShape;
  light: string;
  dark: string;
}

export const TYPE_APPEARANCE: Record<EntityType, TypeAppearance> = {
  organization: { shape: 'round-rectangle', light: '#1f5fa8', dark: '#6ea8ff' },
  person: { shape: 'ellipse', light: '#b45309', dark: '#f6ad55' },
  group: { shape: 'octagon', light: '#a16207', dark: '#facc15' },
  government_action: { shape: 'diamond', light: '#b91c1c', dark: '#f87171' },
  law: { shape: 'rectangle', light: '#6d28d9', dark: '#c4b5fd' },
  program: { shape: 'hexagon', light: '#0f766e', dark: '#5eead4' },
  event: { shape: 'pentagon', light: '#7c2d12', dark: '#fdba74' },
  data_asset: { shape: 'barrel', light: '#15803d', dark: '#86efac' },
  document: { shape: 'rhomboid', light: '#475569', dark: '#cbd5e1' },
  product: { shape: 'triangle', light: '#be185d', dark: '#f9a8d4' },
  place: { shape: 'heptagon', light: '#4d7c0f', dark: '#bef264' },
  claim: { shape: 'round-tag', light: '#334155', dark: '#e2e8f0' },
};

export interface ThemeColours {
  background: string;
  text: string;
  textOutline: string;
  edge: string;
  derivedEdge: string;
  contradicts: string;
  supports: string;
  selected: string;
  path: string;
}

export const THEME_COLOURS: Record<Theme, ThemeColours> = {
  light: {
    background: '#ffffff',
    text: '#111827',
    textOutline: '#ffffff',
    edge: '#6b7280',
    derivedEdge: '#9ca3af',
    contradicts: '#b91c1c',
    supports: '#15803d',
    selected: '#000000',
    path: '#c2410c',
  },
  dark: {
    background: '#0f172a',
    text: '#f1f5f9',
    textOutline: '#0f172a',
    edge: '#94a3b8',
    derivedEdge: '#64748b',
    contradicts: '#f87171',
    supports: '#4ade80',
    selected: '#ffffff',
    path: '#fb923c',
  },
};
