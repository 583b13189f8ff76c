// The ui slice: what the interface says and shows that is not part of a view (never in the URL).
import type { StateCreator } from 'zustand/vanilla';
import type { AppState, Notice, NoticeInput, UiSlice } from './types';

const isSameNotice = (a: NoticeInput, b: NoticeInput): boolean =>
  a.kind === b.kind &&
  a.message === b.message &&
  (a.items ?? []).join('\n') === (b.items ?? []).join('\n');

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => {
  // Per store, not per module: two stores (or two tests) never share ids.
  let noticeCount = 0;
  return {
    notices: [],
    addNotice(input) {
      const existing = get().notices.find((n) => isSameNotice(n, input));
      if (existing) return existing.id;
      noticeCount += 1;
      const notice: Notice = { ...input, id: `notice-${noticeCount}` };
      if (input.items) notice.items = [...input.items];
      set({ notices: [...get().notices, notice] });
      return notice.id;
    },
    dismissNotice(id) {
      const notices = get().notices.filter((n) => n.id !== id);
      if (notices.length !== get().notices.length) set({ notices });
    },
    announcement: '',
    announce: (text) => set({ announcement: text }),
  };
};
