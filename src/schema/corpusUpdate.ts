// The dev server's word to its pages that the corpus compiled anew (src/compiler/vitePlugin.ts
// sends it; src/app/hotCorpus.ts hears it). The page fetches the new graph and swaps its model in
// place, keeping the view, rather than reloading.
export const CORPUS_UPDATED_EVENT = 'who-said-what:corpus-updated';
