import { describe, expect, it } from 'vitest';
import { DOWNLOAD_SHARE, describeLoading } from './loadingProgress';

const MB = 2 ** 20;

describe('describeLoading', () => {
  it('fills the download share of the bar as the bytes arrive, and says how many', () => {
    expect(describeLoading({ type: 'download', received: 0, total: 50 * MB })).toEqual({
      value: 0,
      text: 'Downloading the graph: 0.0 MB of 50.0 MB',
    });
    expect(describeLoading({ type: 'download', received: 25 * MB, total: 50 * MB })).toEqual({
      value: DOWNLOAD_SHARE / 2,
      text: 'Downloading the graph: 25.0 MB of 50.0 MB',
    });
    // A server that sent more than it announced does not push the bar past the download.
    expect(describeLoading({ type: 'download', received: 60 * MB, total: 50 * MB }).value).toBe(
      DOWNLOAD_SHARE,
    );
  });

  it('has no value when the length is unknown, and says what has arrived', () => {
    expect(describeLoading({ type: 'download', received: 0, total: null })).toEqual({
      value: null,
      text: 'Downloading the graph',
    });
    expect(describeLoading({ type: 'download', received: 3.5 * MB, total: null })).toEqual({
      value: null,
      text: 'Downloading the graph: 3.5 MB',
    });
  });

  it('holds the bar past the download while the file is read', () => {
    const reading = describeLoading({ type: 'read', bytes: 53.5 * MB });
    expect(reading).toEqual({ value: DOWNLOAD_SHARE, text: 'Reading the graph (53.5 MB)' });
    expect(reading.value).toBeGreaterThan(
      describeLoading({ type: 'download', received: 53 * MB, total: 53.5 * MB }).value ?? 1,
    );
  });
});
