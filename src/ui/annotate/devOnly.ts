// The annotation UI's entry points for the panels. Under `npm run dev` they load lazily; in a
// build import.meta.env.DEV is false, so both are null and their modules are never bundled
// (e2e/production-bundle.spec.ts checks).
import { lazy } from 'react';

export const AnnotateTools = import.meta.env.DEV ? lazy(() => import('./AnnotateTools')) : null;

export const AnnotationActions = import.meta.env.DEV
  ? lazy(() => import('./AnnotationActions'))
  : null;
