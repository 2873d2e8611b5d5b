import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsync } from '../../web/src/lib/use-async';

/** A promise the test settles by hand, and the signal the hook gave the loader. */
function deferred() {
  const calls: Array<{ key: string; signal: AbortSignal; resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
  const load = (key: string) => (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ key, signal, resolve, reject });
    });
  return { calls, load };
}

describe('web lib: useAsync', () => {
  it('is idle without a key, loading while the loader runs, then holds its answer', async () => {
    const { calls, load } = deferred();
    const { result, rerender } = renderHook(({ key }: { key: string | null }) => useAsync(key, load(key ?? '')), {
      initialProps: { key: null as string | null },
    });
    expect(result.current.status).toBe('idle');
    expect(calls).toHaveLength(0);

    rerender({ key: 'a' });
    expect(result.current.status).toBe('loading');
    await act(async () => calls[0]!.resolve('answer a'));
    expect(result.current).toMatchObject({ status: 'success', data: 'answer a' });
  });

  it('aborts the previous request when the key changes, and never shows its late answer', async () => {
    const { calls, load } = deferred();
    const { result, rerender } = renderHook(({ key }) => useAsync(key, load(key)), { initialProps: { key: 'first' } });
    rerender({ key: 'second' });
    expect(calls.map((c) => c.key)).toEqual(['first', 'second']);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);

    await act(async () => calls[1]!.resolve('second answer'));
    await act(async () => calls[0]!.resolve('first answer, late'));
    expect(result.current).toMatchObject({ status: 'success', data: 'second answer' });
  });

  it('turns a failure into an Error, and reload() asks again with the same key', async () => {
    const { calls, load } = deferred();
    const { result } = renderHook(() => useAsync('k', load('k')));
    await act(async () => calls[0]!.reject('the server said no'));
    expect(result.current.status).toBe('error');
    const failed = result.current as { error: Error };
    expect(failed.error).toBeInstanceOf(Error);
    expect(failed.error.message).toBe('the server said no');

    act(() => result.current.reload());
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(result.current.status).toBe('loading');
    await act(async () => calls[1]!.resolve('second try'));
    expect(result.current).toMatchObject({ status: 'success', data: 'second try' });
  });

  it('does not start a new request when only the loader function changes', async () => {
    const { calls, load } = deferred();
    const { rerender } = renderHook(({ n }) => useAsync('same', load(`loader ${n}`)), { initialProps: { n: 1 } });
    rerender({ n: 2 });
    rerender({ n: 3 });
    expect(calls.map((c) => c.key)).toEqual(['loader 1']);
  });
});
