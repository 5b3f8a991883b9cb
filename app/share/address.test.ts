import { describe, expect, it } from 'vitest';
import { editorAddress, isEmbedSearch, withoutFragment } from './address';

describe('the share address', () => {
  it('asks for the embedded view with embed=1 and not with embed=0 or without it', () => {
    expect(isEmbedSearch('?embed=1')).toBe(true);
    expect(isEmbedSearch('?x=2&embed')).toBe(true);
    expect(isEmbedSearch('?embed=0')).toBe(false);
    expect(isEmbedSearch('?embed=false')).toBe(false);
    expect(isEmbedSearch('')).toBe(false);
  });

  it('drops the fragment only', () => {
    expect(withoutFragment('https://a.example/x/?embed=1#d=1.abc')).toBe('https://a.example/x/?embed=1');
    expect(withoutFragment('https://a.example/x/')).toBe('https://a.example/x/');
  });

  it('opens the same link in the editor without the embed parameter', () => {
    expect(editorAddress('https://a.example/x/?embed=1#d=1.abc')).toBe('https://a.example/x/#d=1.abc');
    expect(editorAddress('https://a.example/x/?lang=en&embed=1#d=1.abc')).toBe('https://a.example/x/?lang=en#d=1.abc');
  });
});
