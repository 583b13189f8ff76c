// The view's entry for the page: the derived view, the date histogram and the timeline.
export { deriveView } from './deriveView';
export { buildDateHistogram } from './histogram/buildDateHistogram';
export { deriveTimeline } from './timeline/deriveTimeline';
